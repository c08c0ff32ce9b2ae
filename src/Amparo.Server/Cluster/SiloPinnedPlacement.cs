namespace Amparo.Server.Cluster;

/// <summary>
/// A grain whose key is a silo's address lives on that silo and nowhere else: one per silo, for what each silo must
/// do for itself (deliver live events to the consoles and hub clients connected to it).
/// </summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking]
public sealed class SiloPinnedPlacement : PlacementStrategy
{
    internal static readonly SiloPinnedPlacement Instance = new();
}
