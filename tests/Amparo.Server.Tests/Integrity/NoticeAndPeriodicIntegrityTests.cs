using System.Globalization;
using Amparo.Data.Database;
using Amparo.Data.Integrity;
using Amparo.Domain.Integrity;
using Amparo.Domain.Statistics;
using Amparo.Server.Console.Components;
using Amparo.Server.Integrity;
using Amparo.Server.Statistics;
using Amparo.Server.Tests.Intake;
using Amparo.Server.Tests.Notices;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Integrity;

/// <summary>
/// The notices and the scheduled periodic reports carry the same integrity stamp as the court's occurrences report:
/// printed and in the PDF's information, sealed into the ledger, and checked by the document verifier, which names the
/// record (a measure) or the section of facts (alarms) that changed since, and finds an edited notice row. Each test
/// has a server of its own: it tampers with the database, and one writes its reports in both languages.
/// </summary>
public class NoticeAndPeriodicIntegrityTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_notice_is_stamped_sealed_and_checked_against_the_order_measures_parties_and_addresses_it_was_written_from(DatabaseProvider provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var test = await NoticeCase.CreateAsync(server);
        using var court = await server.ClientAsync(test.CourtUser);
        var issued = (await ApiJson.ReadAsync(await court.PostAsJsonAsync($"api/cases/{test.Id}/notices", new { recipients = new[] { "A", "C" } })))
            .EnumerateArray().ToList();
        var noticeId = issued[0].GetProperty("id").GetGuid();
        var pdf = await court.GetByteArrayAsync($"api/notices/{noticeId}/pdf");
        var verifier = server.App.Services.GetRequiredService<DocumentVerifier>();

        var pending = await verifier.VerifyAsync(pdf, default);
        await Sealing.UntilSealedAsync(server, db => db.Notices.AnyAsync(n => n.Id == noticeId && n.LedgerIndex == null));
        var sealedCheck = await verifier.VerifyAsync(pdf, default);
        await using (var db = server.Db())
        {
            var measure = await db.ProtectionMeasures.FirstAsync(m => m.CaseId == test.Id && m.Details != null);
            measure.Details = "500 m de la víctima";
            await db.SaveChangesAsync();
            var changed = await verifier.VerifyAsync(pdf, default);
            Assert.True(changed.Authentic, "the notice is still the one issued; a record it was written from changed since");
            Assert.Equal([("measure", measure.Id.ToString("D", CultureInfo.InvariantCulture))], changed.Records!.Changed.Select(i => (i.Kind, i.Key)));
            await db.Notices.Where(n => n.Id == noticeId).ExecuteUpdateAsync(s => s.SetProperty(n => n.IssuedBy, "otro juzgado"));
        }

        var edited = await verifier.VerifyAsync(pdf, default);

        var stamp = DocumentStamp.Read(pdf)!;
        Assert.Equal(noticeId, stamp.DocumentId);
        Assert.Contains("INTEGRIDAD DEL DOCUMENTO", PdfText.Of(pdf), StringComparison.Ordinal);
        Assert.Contains(stamp.RecordsHash, string.Concat(PdfText.Of(pdf).Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
        Assert.Equal(DocumentOrigin.Issued, pending.Origin);
        Assert.StartsWith("oficio / notice N.º " + issued[0].GetProperty("number").GetString(), pending.Document!.Title, StringComparison.Ordinal);
        Assert.Null(pending.SealIntact);
        Assert.True(pending.Authentic && pending.RecordsUnchanged);
        Assert.True(sealedCheck.SealIntact);
        Assert.True(sealedCheck.Authentic && sealedCheck.RecordsUnchanged);
        await using (var db = server.Db())
        {
            var manifest = System.Text.Json.JsonSerializer.Deserialize<List<EvidenceItem>>((await db.Notices.SingleAsync(n => n.Id == noticeId)).Manifest!)!;
            Assert.Equal(["address", "judicial-order", "measure", "person"], manifest.Select(i => i.Kind).Distinct().Order(StringComparer.Ordinal));
            Assert.Equal(stamp.RecordsHash, EvidenceManifest.Hash(manifest));
        }

        Assert.False(edited.SealIntact);
        Assert.False(edited.Authentic);
        Assert.Contains(edited.Ledger.Problems, p => p.Kind == LedgerKinds.Notice && p.Fault == LedgerFault.AlteredRecord);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_schedule_writes_each_report_in_spanish_and_english_stamped_and_a_later_change_to_its_alarms_is_named(DatabaseProvider provider)
    {
        await using var server = await TestServer.StartAsync(provider, "--Amparo:Statistics:Languages=es,en", "--Amparo:Statistics:Schedule=false");
        using var desk = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.ActivatedCaseAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6));
        var due = ReportPeriods.LastEnded(server.App.Services.GetRequiredService<ConsoleClock>().Today(DateTime.UtcNow));
        var month = ReportPeriods.Parse(due[0], server.App.Services.GetRequiredService<ConsoleClock>().Zone)!;
        await using (var db = server.Db())
        {
            await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAt, DateTime.UtcNow.AddDays(-800)));
            db.Alarms.Add(new Data.Alarms.Alarm
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, Type = Domain.Alarms.AlarmType.ZoneEntry, Priority = Domain.Alarms.AlarmPriority.Critical,
                State = Domain.Alarms.AlarmState.New, RaisedAt = month.Start.AddDays(3), LastTriggeredAt = month.Start.AddDays(3), TriggerCount = 1,
                EscalatedAt = month.Start.AddDays(3).AddMinutes(3), Evidence = "{}", FirstEvidence = "{}", Explanation = "Ingreso a zona",
            });
            await db.SaveChangesAsync();
        }

        await server.App.Services.GetRequiredService<PeriodicReportSchedule>().RunOnceAsync(default);
        var reports = await PeriodicAsync(server, desk.JurisdictionId, due[0]);
        Assert.Equal(["en", "es"], reports.Select(r => r.Language).Order(StringComparer.Ordinal));
        var english = reports.Single(r => r.Language == "en");
        var spanish = reports.Single(r => r.Language == "es");
        byte[] englishPdf, spanishPdf;
        await using (var db = server.Db())
        {
            englishPdf = await db.StoredFiles.Where(f => f.Id == english.FileId).Select(f => f.Content).SingleAsync();
            spanishPdf = await db.StoredFiles.Where(f => f.Id == spanish.FileId).Select(f => f.Content).SingleAsync();
        }

        var englishText = PdfText.Of(englishPdf);
        Assert.Contains("PROGRAMME REPORT", englishText, StringComparison.Ordinal);
        Assert.Contains(ReportPeriods.Name(due[0], english: true), englishText, StringComparison.Ordinal);
        Assert.Contains("DOCUMENT INTEGRITY", englishText, StringComparison.Ordinal);
        Assert.DoesNotContain("INTEGRIDAD DEL DOCUMENTO", englishText, StringComparison.Ordinal);
        Assert.Contains("INTEGRIDAD DEL DOCUMENTO", PdfText.Of(spanishPdf), StringComparison.Ordinal);
        Assert.Equal(english.RecordsHash, spanish.RecordsHash);
        Assert.Equal(english.Id, DocumentStamp.Read(englishPdf)!.DocumentId);

        await Sealing.UntilSealedAsync(server, db => db.PeriodicReports.AnyAsync(r => r.Id == english.Id && r.LedgerIndex == null));
        var verifier = server.App.Services.GetRequiredService<DocumentVerifier>();
        var check = await verifier.VerifyAsync(englishPdf, default);
        Assert.True(check.Authentic && check.RecordsUnchanged);
        Assert.True(check.SealIntact);
        Assert.Contains("(en)", check.Document!.Title, StringComparison.Ordinal);
        await using (var db = server.Db())
        {
            await db.Alarms.Where(a => a.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Type, Domain.Alarms.AlarmType.Panic));
        }

        var later = await verifier.VerifyAsync(spanishPdf, default);
        Assert.True(later.Authentic);
        Assert.Equal(["alarms"], later.Records!.Changed.Select(i => i.Kind));
        await server.App.Services.GetRequiredService<PeriodicReportSchedule>().RunOnceAsync(default);
        Assert.Equal(2, (await PeriodicAsync(server, desk.JurisdictionId, due[0])).Count);
    }

    private static async Task<List<Data.Statistics.PeriodicReport>> PeriodicAsync(TestServer server, Guid jurisdiction, string period)
    {
        await using var db = server.Db();
        return await db.PeriodicReports.AsNoTracking().Where(r => r.JurisdictionId == jurisdiction && r.Period == period).ToListAsync();
    }
}
