namespace Amparo.Server.Live;

/// <summary>The live relay of every silo the cluster currently counts as active, this one included.</summary>
public sealed class LiveRelays(IClusterMembershipService membership, IGrainFactory grains)
{
    private Known _known = new(MembershipVersion.MinValue, []);

    public IReadOnlyList<ILiveRelayGrain> Active()
    {
        var snapshot = membership.CurrentSnapshot;
        var known = _known;
        if (snapshot.Version != known.Version)
        {
            // Rebuilt only when membership changed; one reference, so a reader sees a whole list.
            known = new(snapshot.Version, [.. snapshot.Members.Values
                .Where(m => m.Status == SiloStatus.Active)
                .Select(m => grains.GetGrain<ILiveRelayGrain>(m.SiloAddress.ToParsableString()))]);
            _known = known;
        }

        return known.Relays;
    }

    private sealed record Known(MembershipVersion Version, ILiveRelayGrain[] Relays);
}
