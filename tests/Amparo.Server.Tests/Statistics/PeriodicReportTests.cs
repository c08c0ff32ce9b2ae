using System.Net;
using Amparo.Data.Database;
using Amparo.Data.Integrity;
using Amparo.Domain.Statistics;
using Amparo.Server.Console.Components;
using Amparo.Server.Statistics;
using Amparo.Server.Tests.Intake;
using Amparo.Server.Tests.Notices;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Statistics;

[Collection(ServerCollection.Name)]
public class PeriodicReportTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_schedule_makes_last_months_quarters_and_years_reports_once_and_the_supervisor_downloads_them(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.ActivatedCaseAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6));
        await using (var db = server.Db())
        {
            // Registered long ago: every period that ended since is reported on.
            await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAt, DateTime.UtcNow.AddDays(-800)));
        }

        var schedule = server.App.Services.GetRequiredService<PeriodicReportSchedule>();
        await schedule.RunOnceAsync(default);
        await schedule.RunOnceAsync(default);
        var due = ReportPeriods.LastEnded(server.App.Services.GetRequiredService<ConsoleClock>().Today(DateTime.UtcNow));

        var listed = (await ApiJson.ReadAsync(await desk.Supervisor.GetAsync("api/statistics/periodic"))).EnumerateArray().ToList();
        Assert.Equal(due.Order(StringComparer.Ordinal), listed.Select(r => r.GetProperty("period").GetString()).Order(StringComparer.Ordinal));
        await using (var db = server.Db())
        {
            Assert.Equal(3, await db.PeriodicReports.CountAsync(r => r.JurisdictionId == desk.JurisdictionId));
        }

        var month = listed.Single(r => r.GetProperty("period").GetString() == due[0]);
        using var pdf = await desk.Supervisor.GetAsync($"api/statistics/periodic/{month.GetProperty("id").GetGuid()}/pdf");
        var text = PdfText.Of(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("INFORME DEL PROGRAMA", text, StringComparison.Ordinal);
        Assert.Contains(ReportPeriods.Name(due[0], english: false), text, StringComparison.Ordinal);
        Assert.Contains(PeriodicReportSchedule.Issuer, text, StringComparison.Ordinal);
        // Sealed into the integrity ledger like the court's documents: an edited period is a changed record.
        var monthId = month.GetProperty("id").GetGuid();
        await Sealing.UntilSealedAsync(server, db => db.PeriodicReports.AnyAsync(r => r.Id == monthId && r.LedgerIndex == null));
        await using (var db = server.Db())
        {
            var stored = await db.PeriodicReports.SingleAsync(r => r.Id == month.GetProperty("id").GetGuid());
            var link = await db.LedgerEntries.SingleAsync(e => e.Index == stored.LedgerIndex);
            Assert.Equal((LedgerKinds.PeriodicReport, SealedRecords.KeyOf(stored), SealedRecords.Hash(stored)), (link.Kind, link.RecordKey, link.RecordHash));
            stored.Sha256 = new string('0', 64);
            Assert.NotEqual(link.RecordHash, SealedRecords.Hash(stored));
        }

        using var court = await desk.Court.GetAsync("api/statistics/periodic");
        Assert.Equal(HttpStatusCode.Forbidden, court.StatusCode);
        using var other = await server.ClientAsync("supervisor");
        using var elsewhere = await other.GetAsync($"api/statistics/periodic/{month.GetProperty("id").GetGuid()}/pdf");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }
}
