using Orleans.Placement;

namespace Amparo.Server.Cluster;

/// <summary>Marks a grain class keyed by silo address: see <see cref="SiloPinnedPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SiloPinnedPlacementAttribute() : PlacementAttribute(SiloPinnedPlacement.Instance);
