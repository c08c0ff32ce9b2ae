namespace Amparo.Domain.Cases;

/// <summary>The protection measures of Peru's Law 30364, art. 22 (as amended).</summary>
public enum ProtectionMeasureType
{
    RemovalFromHome,
    ProhibitionToApproach,
    ProhibitionOfCommunication,
    ProhibitionOfFirearms,
    InventoryOfAssets,
    TemporaryAllowance,
    Custody,
    ProhibitionToDisposeOfAssets,
    Treatment,
    Shelter,
    ElectronicSurveillance,
    Other,
}
