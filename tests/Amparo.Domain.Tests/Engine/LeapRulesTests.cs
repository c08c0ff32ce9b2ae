using Amparo.Domain.Alarms;
using static Amparo.Domain.Tests.Engine.EngineFixture;

namespace Amparo.Domain.Tests.Engine;

/// <summary>
/// Fixes a minute apart: a multipath jump of a kilometre is slower than the 60 m/s plausibility limit, so only the
/// next fix can tell it from a car. A leap proves nothing alone.
/// </summary>
public class LeapRulesTests
{
    [Fact]
    public void A_lone_jump_deep_into_the_zone_from_a_standstill_raises_nothing()
    {
        var f = new EngineFixture();

        f.Fix(Tracker, T0, FromHome(1100));
        f.Fix(Tracker, T0.AddMinutes(1), FromHome(1100));
        f.Fix(Tracker, T0.AddMinutes(2), FromHome(150));
        f.Fix(Tracker, T0.AddMinutes(3), FromHome(1100));

        Assert.DoesNotContain(AlarmType.ZoneEntry, f.NewAlarms);
    }

    [Fact]
    public void A_car_that_drives_in_and_stays_alarms_on_the_second_fix_inside()
    {
        var f = new EngineFixture();

        f.Fix(Tracker, T0, FromHome(1300));
        f.Fix(Tracker, T0.AddMinutes(1), FromHome(800));
        f.Fix(Tracker, T0.AddMinutes(2), FromHome(200));
        Assert.DoesNotContain(AlarmType.ZoneEntry, f.NewAlarms);
        f.Fix(Tracker, T0.AddMinutes(3), FromHome(190));

        Assert.Equal(T0.AddMinutes(3), Assert.Single(f.Raised, r => r.Type == AlarmType.ZoneEntry).At);
    }

    [Fact]
    public void Walking_in_still_alarms_on_the_first_fix_past_the_boundary_by_more_than_its_accuracy()
    {
        var f = new EngineFixture();

        f.Fix(Tracker, T0, FromHome(560));
        f.Fix(Tracker, T0.AddMinutes(1), FromHome(475));

        Assert.Equal("certain", Assert.Single(f.Raised, r => r.Type == AlarmType.ZoneEntry).Evidence.Proof);
    }

    [Fact]
    public void A_lone_jump_out_of_the_zone_neither_ends_the_breach_nor_reopens_it()
    {
        var f = new EngineFixture();

        f.Fix(Tracker, T0, FromHome(300));
        f.Fix(Tracker, T0.AddMinutes(1), FromHome(300));
        f.Fix(Tracker, T0.AddMinutes(2), FromHome(1500));
        f.Fix(Tracker, T0.AddMinutes(3), FromHome(300));

        Assert.Single(f.NewAlarms, t => t == AlarmType.ZoneEntry);
        Assert.DoesNotContain(f.Cleared, c => c.Type == AlarmType.ZoneEntry);
    }

    [Fact]
    public void The_fix_after_a_jump_that_lands_back_near_the_one_before_proves_at_once()
    {
        var f = new EngineFixture();

        f.Fix(Tracker, T0, FromHome(540));
        f.Fix(Tracker, T0.AddMinutes(1), FromHome(1500));
        f.Fix(Tracker, T0.AddMinutes(2), FromHome(420));

        var entry = Assert.Single(f.Raised, r => r.Type == AlarmType.ZoneEntry);
        Assert.Equal("certain", entry.Evidence.Proof);
        Assert.Equal(T0.AddMinutes(2), entry.At);
    }

    [Fact]
    public void A_jump_right_after_a_car_drives_in_does_not_hide_the_fix_that_bears_the_car_out()
    {
        var f = new EngineFixture();

        f.Fix(Tracker, T0, FromHome(1000));
        f.Fix(Tracker, T0.AddMinutes(1), FromHome(250));
        f.Fix(Tracker, T0.AddMinutes(2), FromHome(2200));
        f.Fix(Tracker, T0.AddMinutes(3), FromHome(200));

        var entry = Assert.Single(f.Raised, r => r.Type == AlarmType.ZoneEntry);
        Assert.Equal("certain", entry.Evidence.Proof);
        Assert.Equal(T0.AddMinutes(3), entry.At);
    }

    [Fact]
    public void Driving_away_ends_the_breach_on_the_second_fix_beyond_the_hysteresis()
    {
        var f = new EngineFixture();

        f.Fix(Tracker, T0, FromHome(300));
        f.Fix(Tracker, T0.AddMinutes(1), FromHome(900));
        Assert.DoesNotContain(f.Cleared, c => c.Type == AlarmType.ZoneEntry);
        f.Fix(Tracker, T0.AddMinutes(2), FromHome(1500));

        Assert.Equal(T0.AddMinutes(2), Assert.Single(f.Cleared, c => c.Type == AlarmType.ZoneEntry).At);
    }
}
