namespace Amparo.Domain.Stock;

/// <summary>Where a damage charge to the wearer stands.</summary>
public enum ChargeStatus
{
    Charged,
    Paid,
    Waived,
}
