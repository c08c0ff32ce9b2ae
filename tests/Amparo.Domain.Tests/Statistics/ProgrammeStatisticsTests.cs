using Amparo.Domain.Statistics;
using Amparo.Domain.Supervision;

namespace Amparo.Domain.Tests.Statistics;

/// <summary>November 2026 in Lima (05:00 UTC on the 1st to 05:00 UTC on 1 December), figures worked out by hand.</summary>
public class ProgrammeStatisticsTests
{
    private static readonly TimeZoneInfo Lima = TimeZoneInfo.FindSystemTimeZoneById("America/Lima");
    private static readonly DateTime From = new(2026, 11, 1, 5, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = new(2026, 12, 1, 5, 0, 0, DateTimeKind.Utc);

    private static DateTime Nov(int day, int hour = 12) => new(2026, 11, day, hour, 0, 0, DateTimeKind.Utc);

    private static AlarmRecord Alarm(string type, DateTime at, string? outcome, int claimSeconds = 8) =>
        new(type, at, at.AddSeconds(claimSeconds), at.AddMinutes(1), outcome is null ? null : at.AddMinutes(10), outcome, "ana", outcome is null ? null : "ana", "GT06");

    private static readonly ProgrammeFacts Facts = new(
        From, To,
        [
            new CaseFact(Nov(1).AddMonths(-2), Nov(1).AddMonths(-2), null, null),      // active all month
            new CaseFact(Nov(3), Nov(5), null, null),                                    // registered and activated in it
            new CaseFact(Nov(1).AddMonths(-1), Nov(1).AddMonths(-1), Nov(20), "Expired"), // closed in it
            new CaseFact(Nov(28), null, null, null),                                     // registered, waiting in intake
            new CaseFact(Nov(1).AddMonths(-3), Nov(1).AddMonths(-3), Nov(1).AddDays(-3), "VictimWill"), // closed before
        ],
        [
            new AssignmentFact(Guid.Parse("00000000-0000-0000-0000-000000000001"), Nov(1).AddMonths(-2), null, "GT06"),
            new AssignmentFact(Guid.Parse("00000000-0000-0000-0000-000000000002"), Nov(5), null, "Q3 Watch"),
            new AssignmentFact(Guid.Parse("00000000-0000-0000-0000-000000000003"), Nov(1).AddMonths(-1), Nov(20), "GT06"),
        ],
        [
            Alarm("zone_entry", Nov(2, 3), "real_breach"),      // 2 Nov 03:00 UTC = 1 Nov 22:00 in Lima
            Alarm("panic", Nov(10), "false_alarm", 30),
            Alarm("panic", Nov(11), null),
            Alarm("low_battery", Nov(1, 4), "device_fault"),    // 1 Nov 04:00 UTC: still October in Lima, outside
        ],
        [Nov(11), Nov(1, 4)],
        [
            new CitizenAlertFact("Gender", Nov(6), Nov(6).AddSeconds(20), Nov(6).AddMinutes(30)),
            new CitizenAlertFact("Citizen", Nov(7), Nov(7).AddSeconds(40), null),
            new CitizenAlertFact("Citizen", Nov(8), null, null),
        ],
        [
            new CitizenReportFact("bache", "PublicService", Nov(2), "Resolved", Nov(4)),
            new CitizenReportFact("bache", "PublicService", Nov(10), "Resolved", Nov(11)),
            new CitizenReportFact("bache", "PublicService", Nov(12), "InProgress", null),
            new CitizenReportFact("robo", "Emergency", Nov(13), "Rejected", Nov(13, 14)),
        ],
        [new RegistrationFact("victim-app", Nov(5)), new RegistrationFact("citizen", Nov(6)), new RegistrationFact("citizen", Nov(9)), new RegistrationFact("citizen", Nov(1).AddMonths(-1))]);

    [Fact]
    public void Cases_and_devices_count_what_happened_in_the_month_and_what_stood_at_its_end()
    {
        var report = ProgrammeStatistics.Compute(Facts, To, Lima);

        Assert.Equal(new[] { 2, 2, 1, 1 }, new[] { report.Cases.ActiveAtEnd, report.Cases.Registered, report.Cases.Activated, report.Cases.Closed });
        Assert.Equal(1, report.Cases.ClosedBy["Expired"]);
        Assert.Equal(2, report.Devices.InUseAtEnd);
        Assert.Equal(1, report.Devices.Installed);
        Assert.Equal(1, report.Devices.Removed);
        Assert.Equal(1, report.Devices.InUseByModel["GT06"]);
        Assert.Equal(1, report.Devices.InUseByModel["Q3 Watch"]);
    }

    [Fact]
    public void Alarms_panics_reports_and_registrations_are_the_months_on_the_centres_calendar()
    {
        var report = ProgrammeStatistics.Compute(Facts, To, Lima);

        Assert.Equal(3, report.Alarms.Acceptance.Alarms);
        Assert.Equal(new Dictionary<string, int> { ["false_alarm"] = 1, ["open"] = 1, ["real_breach"] = 1 }, report.AlarmsByOutcome);
        Assert.Equal(1, report.Alarms.ByTypeAndHour["zone_entry"][22]);
        Assert.Equal(2, report.Panic.PanicAlarms);
        Assert.Equal(1, report.Panic.FromApp);
        Assert.Equal(2, report.Panic.CitizenAlerts["Citizen"]);
        Assert.Equal(TimeSpan.FromSeconds(30), report.Panic.CitizenAlertToClaim);
        var potholes = report.CitizenReports.Single(r => r.Category == "bache");
        Assert.Equal((3, 2, 0), (potholes.Filed, potholes.Resolved, potholes.Rejected));
        Assert.Equal(TimeSpan.FromHours(36), potholes.MeanToResolve);
        Assert.Equal((1, 0, 1), report.CitizenReports.Single(r => r.Category == "robo") is var r ? (r.Filed, r.Resolved, r.Rejected) : default);
        Assert.Equal("Emergency", report.CitizenReports[0].Queue);
        Assert.Equal(new Dictionary<string, int> { ["citizen"] = 2, ["victim-app"] = 1 }, report.Registrations);
    }

    [Fact]
    public void A_quarter_and_a_month_are_read_on_the_centres_calendar()
    {
        var quarter = ReportPeriods.Parse("2026-Q4", Lima)!;
        var month = ReportPeriods.Parse("2026-11", Lima)!;

        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (quarter.From, quarter.To));
        Assert.Equal(From, month.Start);
        Assert.Equal(To, month.End);
        Assert.Equal(new DateOnly(2026, 12, 31), ReportPeriods.Parse("2026", Lima)!.To);
        Assert.Null(ReportPeriods.Parse("2026-13", Lima));
        Assert.Null(ReportPeriods.Parse("2026-Q5", Lima));
        Assert.Equal("noviembre de 2026", ReportPeriods.Name("2026-11", english: false));
        Assert.Equal("4.º trimestre de 2026", ReportPeriods.Name("2026-Q4", english: false));
        Assert.Equal(["2026-11", "2026-Q3", "2025"], ReportPeriods.LastEnded(new DateOnly(2026, 12, 5)));
        Assert.Equal(["2026-12", "2026-Q4", "2026"], ReportPeriods.LastEnded(new DateOnly(2027, 1, 1)));
    }
}
