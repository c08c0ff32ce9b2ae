namespace Amparo.Domain.Zones;

/// <summary>
/// The zone that moves with the victim: the aggressor may not come closer than <paramref name="RadiusMetres"/>;
/// within <paramref name="RadiusMetres"/> + <paramref name="PreAlertBandMetres"/> a pre-alert is raised.
/// </summary>
public sealed record ProximityRule(double RadiusMetres, double PreAlertBandMetres)
{
    public ZoneRelation Classify(double distanceMetres) =>
        distanceMetres <= RadiusMetres ? ZoneRelation.Inside
        : distanceMetres <= RadiusMetres + PreAlertBandMetres ? ZoneRelation.PreAlert
        : ZoneRelation.Outside;
}
