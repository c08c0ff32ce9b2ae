using System.Globalization;
using System.Net;
using Amparo.Data.Alarms;
using Amparo.Data.App;
using Amparo.Data.Citizens;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Domain.Alarms;
using Amparo.Domain.Cases;
using Amparo.Domain.Citizens;
using Amparo.Domain.Devices;
using Amparo.Domain.People;
using Amparo.Server.Tests.Intake;
using Amparo.Server.Tests.Notices;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Statistics;

/// <summary>A jurisdiction of its own with a known day of work, its figures worked out by hand.</summary>
[Collection(ServerCollection.Name)]
public class ProgrammeStatisticsTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_figures_of_a_known_day_are_the_ones_counted_by_hand_and_the_report_comes_as_pdf_csv_and_xlsx(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var (open, closed) = (await desk.ActivatedCaseAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6)), await desk.ActivatedCaseAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6)));
        await SeedAsync(server, desk.JurisdictionId, open, closed);
        var (from, to) = (DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1));
        var query = string.Create(CultureInfo.InvariantCulture, $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");

        var figures = await ApiJson.ReadAsync(await desk.Supervisor.GetAsync("api/statistics?" + query));
        using var pdf = await desk.Supervisor.GetAsync($"api/statistics/report?{query}&format=pdf");
        using var csv = await desk.Supervisor.GetAsync($"api/statistics/report?{query}&format=csv&lang=en");
        using var xlsx = await desk.Supervisor.GetAsync($"api/statistics/report?{query}&format=xlsx");
        using var badPeriod = await desk.Supervisor.GetAsync("api/statistics?period=2026-Q7");
        using var court = await desk.Court.GetAsync("api/statistics?" + query);

        var cases = figures.GetProperty("cases");
        Assert.Equal((1, 2, 2, 1), (cases.GetProperty("activeAtEnd").GetInt32(), cases.GetProperty("registered").GetInt32(), cases.GetProperty("activated").GetInt32(), cases.GetProperty("closed").GetInt32()));
        Assert.Equal(1, cases.GetProperty("closedBy").GetProperty("Expired").GetInt32());
        var devices = figures.GetProperty("devices");
        Assert.Equal((2, 3, 1), (devices.GetProperty("inUseAtEnd").GetInt32(), devices.GetProperty("installed").GetInt32(), devices.GetProperty("removed").GetInt32()));
        Assert.Equal(1, devices.GetProperty("inUseByModel").GetProperty("GT06N").GetInt32());
        var alarms = figures.GetProperty("alarms");
        Assert.Equal(3, alarms.GetProperty("acceptance").GetProperty("alarms").GetInt32());
        Assert.Equal(1, figures.GetProperty("alarmsByOutcome").GetProperty("false_alarm").GetInt32());
        Assert.Equal(1, figures.GetProperty("alarmsByOutcome").GetProperty("open").GetInt32());
        Assert.Equal(2, figures.GetProperty("panic").GetProperty("panicAlarms").GetInt32());
        Assert.Equal(1, figures.GetProperty("panic").GetProperty("fromApp").GetInt32());
        Assert.Equal(1, figures.GetProperty("panic").GetProperty("citizenAlerts").GetProperty("Gender").GetInt32());
        Assert.Equal("00:00:30", figures.GetProperty("panic").GetProperty("citizenAlertToClaim").GetString());
        var pothole = Assert.Single(figures.GetProperty("citizenReports").EnumerateArray());
        Assert.Equal(("bache", 1, 1), (pothole.GetProperty("category").GetString(), pothole.GetProperty("filed").GetInt32(), pothole.GetProperty("resolved").GetInt32()));
        Assert.Equal("03:00:00", pothole.GetProperty("meanToResolve").GetString());
        Assert.Equal(1, figures.GetProperty("registrations").GetProperty("victim-app").GetInt32());
        Assert.Equal(1, figures.GetProperty("registrations").GetProperty("citizen").GetInt32());

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = PdfText.Of(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("INFORME DEL PROGRAMA", text, StringComparison.Ordinal);
        Assert.Contains("En monitoreo al cierre del período", text, StringComparison.Ordinal);
        Assert.Contains("Alarmas por hora del día", text, StringComparison.Ordinal);
        Assert.Contains("Botón de pánico (SOS)", text, StringComparison.Ordinal);
        Assert.Contains("Bache", text, StringComparison.Ordinal);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Section;Indicator;Value", lines[0].TrimStart('\uFEFF'));
        Assert.Contains(lines, l => l == "Cases;In monitoring at the end of the period;1");
        Assert.Contains(lines, l => l.StartsWith("Citizen reports;Pothole (public service);", StringComparison.Ordinal) && l.Contains("3 h 0 min", StringComparison.Ordinal));
        var rows = Registries.XlsxReading.Parse(await xlsx.Content.ReadAsByteArrayAsync()).Rows;
        Assert.Contains(rows, r => r["Indicador"] == "Cerrados por vencimiento del plazo" && r["Valor"] == "1");
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, court.StatusCode);
    }

    /// <summary>
    /// Devices: GT06N in use on the open case, a watch removed from it, a watch in use on the closed case; three alarms
    /// (a false panic claimed in 5 s, a real zone entry claimed in 20 s, an open panic); one panic from her app; a
    /// gender alert claimed in 30 s; a pothole resolved in 3 h; a victim's phone linked; a citizen verified.
    /// </summary>
    private static async Task SeedAsync(TestServer server, Guid jurisdiction, Guid open, Guid closed)
    {
        var now = DateTime.UtcNow.AddMinutes(-1);
        await using var db = server.Db();
        await db.Cases.Where(c => c.Id == closed).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Status, CaseStatus.Closed).SetProperty(c => c.ClosedAt, now).SetProperty(c => c.Closure, CaseClosure.Expired));
        var victim = await db.People.Where(p => p.CaseId == open && p.Role == PartyRole.Victim).Select(p => p.Id).SingleAsync();
        var victimOfClosed = await db.People.Where(p => p.CaseId == closed && p.Role == PartyRole.Victim).Select(p => p.Id).SingleAsync();
        Device NewDevice(string model) => new()
        {
            Id = Guid.CreateVersion7(), UniqueId = "st-" + Guid.NewGuid().ToString("N")[..12], Protocol = DeviceProtocol.Gt06, Kind = DeviceKind.VictimTracker, Model = model, CreatedAt = now,
        };
        var (gt06, watch, watch2, phone) = (NewDevice("GT06N"), NewDevice("Q3 Watch"), NewDevice("Q3 Watch"), NewDevice("Amparo app"));
        db.Devices.AddRange(gt06, watch, watch2, phone);
        db.DeviceAssignments.AddRange(
            new DeviceAssignment { Id = Guid.CreateVersion7(), DeviceId = gt06.Id, CaseId = open, PersonId = victim, Role = PartyRole.Victim, AssignedAt = now.AddHours(-2) },
            new DeviceAssignment { Id = Guid.CreateVersion7(), DeviceId = watch.Id, CaseId = open, PersonId = victim, Role = PartyRole.Victim, AssignedAt = now.AddHours(-3), RemovedAt = now.AddHours(-1) },
            new DeviceAssignment { Id = Guid.CreateVersion7(), DeviceId = watch2.Id, CaseId = closed, PersonId = victimOfClosed, Role = PartyRole.Victim, AssignedAt = now.AddHours(-4) });
        Alarm NewAlarm(AlarmType type, int claimSeconds, AlarmOutcome? outcome) => new()
        {
            Id = Guid.CreateVersion7(), CaseId = open, Type = type, Priority = AlarmPriority.Critical, RaisedAt = now.AddMinutes(-50), LastTriggeredAt = now.AddMinutes(-50),
            TriggerCount = 1, Evidence = "{}", FirstEvidence = "{}", Explanation = type.ToString(),
            State = outcome is null ? AlarmState.New : AlarmState.Resolved, Outcome = outcome,
            ClaimedAt = outcome is null ? null : now.AddMinutes(-50).AddSeconds(claimSeconds), ClaimedBy = outcome is null ? null : "operador",
            ResolvedAt = outcome is null ? null : now.AddMinutes(-40), ResolvedBy = outcome is null ? null : "operador",
        };
        var panic = NewAlarm(AlarmType.Panic, 5, AlarmOutcome.FalseAlarm);
        db.Alarms.AddRange(panic, NewAlarm(AlarmType.ZoneEntry, 20, AlarmOutcome.RealBreach), NewAlarm(AlarmType.Panic, 0, null));
        var installation = new AppInstallation { Id = Guid.CreateVersion7(), CaseId = open, PersonId = victim, DeviceId = phone.Id, DeviceName = "Moto", EnrolledAt = now.AddHours(-1) };
        db.AppInstallations.Add(installation);
        db.AppAlerts.Add(new AppAlert { Id = Guid.CreateVersion7(), InstallationId = installation.Id, IdempotencyKey = Guid.NewGuid(), CaseId = open, RaisedAt = now.AddMinutes(-50), At = now.AddMinutes(-50), AlarmId = panic.Id });
        var phoneNumber = "+519" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var citizen = new CitizenAccount { Id = Guid.CreateVersion7(), Phone = phoneNumber, FullName = "Vecina", VerifiedAt = now.AddHours(-6), JurisdictionId = jurisdiction };
        db.CitizenAccounts.Add(citizen);
        db.PhoneVerifications.Add(new PhoneVerification
        {
            Id = Guid.CreateVersion7(), Phone = phoneNumber, FullName = "Vecina", CodeHash = "x", Salt = "y", SentAt = now.AddHours(-6), ExpiresAt = now.AddHours(-5), VerifiedAt = now.AddHours(-6),
        });
        db.CitizenAlerts.Add(new CitizenAlert
        {
            Id = Guid.CreateVersion7(), CitizenId = citizen.Id, JurisdictionId = jurisdiction, Kind = CitizenAlertKind.Gender, IdempotencyKey = "k", RaisedAt = now.AddHours(-1),
            ReceivedAt = now.AddHours(-1), PositionAt = now.AddHours(-1), Latitude = -16.4, Longitude = -71.5, Status = CitizenAlertStatus.Claimed, ClaimedAt = now.AddHours(-1).AddSeconds(30), ClaimedBy = "operador",
        });
        var report = new CitizenReport
        {
            Id = Guid.CreateVersion7(), CitizenId = citizen.Id, JurisdictionId = jurisdiction, IdempotencyKey = "r", Category = "bache", Queue = ReportQueue.PublicService,
            Description = "", Latitude = -16.4, Longitude = -71.5, Status = ReportStatus.Resolved, FiledAt = now.AddHours(-5),
        };
        db.CitizenReports.Add(report);
        db.CitizenReportChanges.AddRange(
            new CitizenReportChange { Id = Guid.CreateVersion7(), ReportId = report.Id, Status = ReportStatus.Received, By = "ciudadano", At = now.AddHours(-5) },
            new CitizenReportChange { Id = Guid.CreateVersion7(), ReportId = report.Id, Status = ReportStatus.Resolved, By = "supervisor", At = now.AddHours(-2) });
        await db.SaveChangesAsync();
    }
}
