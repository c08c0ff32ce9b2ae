using Amparo.Domain.Alarms;
using Amparo.Domain.Geo;
using Amparo.Domain.Monitoring;
using Amparo.Domain.People;
using Amparo.Domain.Positions;
using Amparo.Domain.Zones;

namespace Amparo.Domain.Tests.Monitoring;

public class CaseWatchTests
{
    private static readonly Guid AggressorDevice = Guid.NewGuid();
    private static readonly Guid VictimDevice = Guid.NewGuid();
    private static readonly DateTime T0 = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private static CaseWatch Watch(ProximityRule? proximity = null) => new(new CaseRules(
        Places.Home,
        [new ZoneDefinition(Guid.NewGuid(), "Domicilio de la víctima", new CircleShape(Places.Home, 1000), 1000)],
        proximity));

    private static PartyFix Aggressor(GeoPoint at, int second) => new(PartyRole.Aggressor, AggressorDevice, T0.AddSeconds(second), at, 8);

    private static PartyFix Victim(GeoPoint at, int second) => new(PartyRole.Victim, VictimDevice, T0.AddSeconds(second), at, 5);

    [Fact]
    public void An_aggressor_far_away_raises_nothing()
    {
        var outcome = Watch(new ProximityRule(500, 500)).Observe(Aggressor(Places.North(Places.Home, 5000), 0));

        Assert.True(outcome.Advanced);
        Assert.Empty(outcome.Triggers);
    }

    [Fact]
    public void Entering_the_home_zone_raises_zone_entry_with_its_evidence_and_a_Spanish_explanation()
    {
        var watch = Watch();
        watch.Observe(Victim(Places.East(Places.Home, 10), 0));

        var outcome = watch.Observe(Aggressor(Places.North(Places.Home, 640), 30));

        var trigger = Assert.Single(outcome.Triggers);
        Assert.Equal(AlarmType.ZoneEntry, trigger.Type);
        Assert.Equal("fixed_zone", trigger.Evidence.Rule);
        Assert.Equal(1000, trigger.Evidence.RadiusMetres);
        Assert.Equal(640, trigger.Evidence.DistanceMetres, 1.0);
        Assert.Equal(AggressorDevice, trigger.Evidence.Aggressor!.DeviceId);
        Assert.Equal(T0.AddSeconds(30), trigger.Evidence.Aggressor!.FixTime);
        Assert.Equal(8, trigger.Evidence.Aggressor!.AccuracyMetres);
        Assert.Equal(VictimDevice, trigger.Evidence.Victim?.DeviceId);
        Assert.Equal("El agresor ingresó a la zona «Domicilio de la víctima»: está a 640 m (radio 1000 m).", trigger.Explanation);
    }

    [Fact]
    public void The_pre_alert_band_raises_zone_pre_alert_not_entry()
    {
        var outcome = Watch().Observe(Aggressor(Places.North(Places.Home, 1500), 0));

        Assert.Equal(AlarmType.ZonePreAlert, Assert.Single(outcome.Triggers).Type);
    }

    [Fact]
    public void Closer_to_the_victim_than_the_dynamic_radius_raises_proximity_wherever_she_is()
    {
        var watch = Watch(new ProximityRule(500, 500));
        var market = Places.East(Places.Home, 8000);
        watch.Observe(Victim(market, 0));

        var near = watch.Observe(Aggressor(Places.North(market, 300), 10));
        var approaching = watch.Observe(Aggressor(Places.North(market, 800), 20));

        var proximity = Assert.Single(near.Triggers);
        Assert.Equal(AlarmType.Proximity, proximity.Type);
        Assert.Equal(300, proximity.Evidence.DistanceMetres, 1.0);
        Assert.Equal(AlarmType.ProximityPreAlert, Assert.Single(approaching.Triggers).Type);
    }

    [Fact]
    public void A_victim_moving_toward_a_still_aggressor_also_raises_proximity()
    {
        var watch = Watch(new ProximityRule(500, 500));
        var aggressorAt = Places.East(Places.Home, 5000);
        watch.Observe(Aggressor(aggressorAt, 0));

        var outcome = watch.Observe(Victim(Places.North(aggressorAt, 200), 5));

        Assert.Equal(AlarmType.Proximity, Assert.Single(outcome.Triggers).Type);
    }

    [Fact]
    public void A_late_fix_is_not_evaluated_and_does_not_move_live_state_back()
    {
        var watch = Watch();
        var now = Aggressor(Places.North(Places.Home, 5000), 60);
        watch.Observe(now);

        var late = watch.Observe(Aggressor(Places.North(Places.Home, 100), 30));

        Assert.False(late.Advanced);
        Assert.Empty(late.Triggers);
        Assert.Equal(now, watch.LastAggressorFix);
    }

    [Fact]
    public void Proximity_far_from_the_case_centre_is_measured_on_a_plane_centred_on_the_victim()
    {
        var watch = Watch(new ProximityRule(500, 500));
        var lima = new GeoPoint(-12.0464, -77.0428);
        watch.Observe(Victim(lima, 0));

        var outcome = watch.Observe(Aggressor(new GeoPoint(-12.0464 + 450 / 110_600.0, -77.0428), 10));

        var trigger = Assert.Single(outcome.Triggers);
        Assert.Equal(AlarmType.Proximity, trigger.Type);
        Assert.Equal(450, trigger.Evidence.DistanceMetres, 2.0);
    }

    [Fact]
    public void A_fix_restored_from_storage_is_still_evaluated_when_it_arrives_but_only_once()
    {
        var watch = Watch();
        var inside = Aggressor(Places.North(Places.Home, 100), 10);
        watch.Restore(inside);

        var first = watch.Observe(inside);
        var again = watch.Observe(inside);

        Assert.Equal(AlarmType.ZoneEntry, Assert.Single(first.Triggers).Type);
        Assert.False(again.Advanced);
    }
}
