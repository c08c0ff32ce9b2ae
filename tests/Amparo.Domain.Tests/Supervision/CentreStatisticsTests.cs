using Amparo.Domain.Supervision;

namespace Amparo.Domain.Tests.Supervision;

public class CentreStatisticsTests
{
    private static readonly DateTime T0 = new(2026, 11, 23, 3, 0, 0, DateTimeKind.Utc);
    private static readonly TimeZoneInfo Lima = TimeZoneInfo.FindSystemTimeZoneById("America/Lima");

    private static AlarmRecord Alarm(string type, int claimAfter, string? outcome = null, string by = "ana", string model = "GT06N", int raisedMinutes = 0) =>
        new(type, T0.AddMinutes(raisedMinutes), claimAfter < 0 ? null : T0.AddMinutes(raisedMinutes).AddSeconds(claimAfter), null,
            outcome is null ? null : T0.AddMinutes(raisedMinutes + 5), outcome, claimAfter < 0 ? null : by,
            outcome is null ? null : outcome == "condition_cleared" ? "amparo" : by, model);

    [Fact]
    public void Acceptance_counts_claims_within_10_and_40_seconds_and_unclaimed_alarms_past_the_limit()
    {
        AlarmRecord[] alarms = [Alarm("zone_entry", 5), Alarm("zone_entry", 8), Alarm("panic", 25), Alarm("low_battery", -1)];

        var report = CentreStatistics.Compute(alarms, T0, T0.AddHours(1), T0.AddHours(1), Lima);

        Assert.Equal(4, report.Acceptance.Alarms);
        Assert.Equal(3, report.Acceptance.Claimed);
        // The unclaimed one has waited an hour: late against both limits.
        Assert.Equal(0.5, report.Acceptance.WithinTenSecondsShare, 3);
        Assert.Equal(0.75, report.Acceptance.WithinFortySecondsShare, 3);
        Assert.False(report.Acceptance.MeetsTenSecondTarget);
    }

    [Fact]
    public void An_alarm_still_young_and_unclaimed_is_not_yet_judged()
    {
        var report = CentreStatistics.Compute([Alarm("panic", 4), Alarm("panic", -1)], T0, T0.AddHours(1), T0.AddSeconds(3), Lima);

        Assert.Equal(1.0, report.Acceptance.WithinTenSecondsShare, 3);
    }

    [Fact]
    public void Alarms_are_counted_per_type_in_the_hour_of_the_centres_clock()
    {
        var report = CentreStatistics.Compute([Alarm("zone_entry", 5), Alarm("zone_entry", 5, raisedMinutes: 61)], T0, T0.AddHours(2), T0.AddHours(2), Lima);

        // 03:00 UTC is 22:00 in Lima.
        Assert.Equal(1, report.ByTypeAndHour["zone_entry"][22]);
        Assert.Equal(1, report.ByTypeAndHour["zone_entry"][23]);
    }

    [Fact]
    public void False_alarm_shares_by_type_and_model_and_operator_load_leave_the_engine_out()
    {
        AlarmRecord[] alarms =
        [
            Alarm("zone_entry", 5, "false_alarm", model: "GT06N"),
            Alarm("zone_entry", 5, "real_breach", by: "beto", model: "GT06N"),
            Alarm("signal_loss", 9, "device_fault", model: "H02"),
            Alarm("signal_loss", -1, "condition_cleared", model: "H02"),
        ];

        var report = CentreStatistics.Compute(alarms, T0, T0.AddHours(1), T0.AddHours(1), Lima);

        var zone = Assert.Single(report.FalseAlarmsByType, s => s.Key == "zone_entry");
        Assert.Equal(0.5, zone.FalseShare, 3);
        var h02 = Assert.Single(report.FalseAlarmsByModel, s => s.Key == "H02");
        Assert.Equal(2, h02.Resolved);
        Assert.Equal(1, h02.DeviceFaults);
        Assert.DoesNotContain(report.Operators, o => o.Operator == "amparo");
        var ana = Assert.Single(report.Operators, o => o.Operator == "ana");
        Assert.Equal(2, ana.Claimed);
        Assert.Equal(2, ana.Resolved);
        Assert.Equal(TimeSpan.FromSeconds(7), ana.MeanToClaim);
        Assert.Equal(TimeSpan.FromMinutes(5), report.Times.ToResolve);
    }
}
