using Amparo.Domain.Alarms;
using static Amparo.Domain.Tests.Engine.EngineFixture;

namespace Amparo.Domain.Tests.Engine;

public class ZoneRulesTests
{
    [Fact]
    public void A_fix_inside_by_more_than_its_accuracy_raises_zone_entry_at_once()
    {
        var f = new EngineFixture();

        f.Fix(Tracker, T0, FromHome(300), accuracy: 10);

        var entry = Assert.Single(f.Raised);
        Assert.Equal(AlarmType.ZoneEntry, entry.Type);
        Assert.Equal("certain", entry.Evidence.Proof);
        Assert.Equal(T0, entry.At);
    }

    [Fact]
    public void Jitter_straddling_the_boundary_never_raises_an_entry()
    {
        var f = new EngineFixture();
        double[] distances = [495, 510, 497, 515, 492, 506, 498, 520];

        for (var i = 0; i < distances.Length; i++)
        {
            f.Fix(Tracker, T0.AddSeconds(30 * i), FromHome(distances[i]), accuracy: 20);
        }

        Assert.DoesNotContain(AlarmType.ZoneEntry, f.NewAlarms);
    }

    [Fact]
    public void Two_consecutive_straddling_fixes_inside_confirm_the_entry()
    {
        var f = new EngineFixture();

        f.Fix(Tracker, T0, FromHome(490), accuracy: 20);
        Assert.DoesNotContain(AlarmType.ZoneEntry, f.NewAlarms);
        f.Fix(Tracker, T0.AddSeconds(30), FromHome(485), accuracy: 20);

        var entry = Assert.Single(f.Raised, r => r.Type == AlarmType.ZoneEntry);
        Assert.Equal("confirmed", entry.Evidence.Proof);
    }

    [Fact]
    public void Shallow_fixes_confirm_only_when_their_depths_together_reach_one_accuracy()
    {
        var f = new EngineFixture();

        // 5 m and 8 m inside at 20 m accuracy: a quarter and two fifths of it, an aggressor dwelling at the edge.
        f.Fix(Tracker, T0, FromHome(495), accuracy: 20);
        f.Fix(Tracker, T0.AddSeconds(60), FromHome(492), accuracy: 20);
        Assert.DoesNotContain(AlarmType.ZoneEntry, f.NewAlarms);

        // 15 m inside: with the 8 m before, past a full accuracy.
        f.Fix(Tracker, T0.AddSeconds(120), FromHome(485), accuracy: 20);

        var entry = Assert.Single(f.Raised, r => r.Type == AlarmType.ZoneEntry);
        Assert.Equal("confirmed", entry.Evidence.Proof);
        Assert.Equal(T0.AddSeconds(120), entry.At);
    }

    [Fact]
    public void A_multipath_jump_into_the_zone_is_rejected_as_implausible()
    {
        var f = new EngineFixture();

        f.Fix(Tracker, T0, FromHome(3000));
        f.Fix(Tracker, T0.AddSeconds(10), FromHome(100));
        f.Fix(Tracker, T0.AddSeconds(20), FromHome(2990));

        Assert.Empty(f.Raised);
    }

    [Fact]
    public void Reappearing_inside_after_a_silence_alarms_on_the_first_fix_even_within_its_accuracy()
    {
        var f = new EngineFixture();

        f.Fix(Tracker, T0, FromHome(2000));
        f.Fix(Tracker, T0.AddMinutes(6), FromHome(480), accuracy: 40);

        var entry = Assert.Single(f.Raised, r => r.Type == AlarmType.ZoneEntry);
        Assert.Equal("after_gap", entry.Evidence.Proof);
    }

    [Fact]
    public void Leaving_clears_only_beyond_the_hysteresis_and_a_second_entry_is_a_new_alarm()
    {
        var f = new EngineFixture();

        // At walking pace: a faster move out needs a second fix to end the breach (LeapRulesTests).
        f.Fix(Tracker, T0, FromHome(300));
        f.Fix(Tracker, T0.AddMinutes(2), FromHome(530));
        Assert.Empty(f.Cleared);
        f.Fix(Tracker, T0.AddMinutes(4), FromHome(700));
        Assert.Contains(f.Cleared, c => c.Type == AlarmType.ZoneEntry);
        f.Fix(Tracker, T0.AddMinutes(6), FromHome(650));
        f.Fix(Tracker, T0.AddMinutes(8), FromHome(400));

        Assert.Equal(2, f.NewAlarms.Count(t => t == AlarmType.ZoneEntry));
    }

    [Fact]
    public void A_car_closing_on_the_home_raises_approach_fast_before_the_pre_alert()
    {
        var f = new EngineFixture();

        for (var i = 0; i <= 6; i++)
        {
            f.Fix(Tracker, T0.AddSeconds(15 * i), FromHome(4000 - 15 * 15 * i));
        }

        var approach = Assert.Single(f.Raised, r => r.Type == AlarmType.ApproachFast && !r.Repeat);
        Assert.Equal(15, approach.Evidence.ClosingSpeedMps!.Value, 0.5);
        Assert.DoesNotContain(AlarmType.ZonePreAlert, f.NewAlarms);
        Assert.StartsWith("El agresor se acerca rápido a la zona «Domicilio»", approach.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_walk_past_at_a_steady_distance_raises_no_approach()
    {
        var f = new EngineFixture();

        for (var i = 0; i <= 10; i++)
        {
            f.Fix(Tracker, T0.AddSeconds(30 * i), Places.East(FromHome(1500), 40 * i - 200), accuracy: 25);
        }

        Assert.Empty(f.Raised);
    }
}
