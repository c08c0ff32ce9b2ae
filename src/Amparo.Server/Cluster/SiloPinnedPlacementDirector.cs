using Orleans.Runtime.Placement;

namespace Amparo.Server.Cluster;

/// <summary>Places a silo-pinned grain on the silo its key names; refuses when that silo is not in the cluster.</summary>
public sealed class SiloPinnedPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = target.GrainIdentity.Key.ToString()!;
        var silo = SiloAddress.FromParsableString(key);
        return context.GetCompatibleSilos(target).Contains(silo)
            ? Task.FromResult(silo)
            : throw new OrleansException($"Silo {key} is not an active member of the cluster.");
    }
}
