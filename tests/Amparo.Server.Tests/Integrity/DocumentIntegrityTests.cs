using System.Globalization;
using Amparo.Data.Alarms;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.Integrity;
using Amparo.Domain.Alarms;
using Amparo.Domain.Cases;
using Amparo.Domain.Integrity;
using Amparo.Server.Integrity;
using Amparo.Server.Tests.Notices;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf.IO;

namespace Amparo.Server.Tests.Integrity;

/// <summary>
/// An occurrences report as a court holds it: checked against the database, the file issued is authentic; an altered
/// copy, a changed record, an edited sealed alarm and a chain rewritten from the start (consistently, so the ledger
/// alone looks intact) are each found. Each test has a server of its own: it tampers with the database.
/// </summary>
public class DocumentIntegrityTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_issued_report_is_authentic_and_an_altered_copy_or_a_changed_record_is_named(DatabaseProvider provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var (test, report, pdf, alarmId, entryId) = await IssueAsync(server);
        var verifier = server.App.Services.GetRequiredService<DocumentVerifier>();

        var issued = await verifier.VerifyAsync(pdf, default);
        var copy = await verifier.VerifyAsync(Retitled(pdf), default);
        await using (var db = server.Db())
        {
            await db.CaseEvents.Where(e => e.Id == entryId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Note, "Tobillera colocada (corregido)"));
        }

        var edited = await verifier.VerifyAsync(pdf, default);
        await using (var db = server.Db())
        {
            await db.AlarmActions.Where(a => a.AlarmId == alarmId && a.Kind == AlarmActionKind.Resolved)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Note, "Falsa alarma"));
        }

        var sealedEdit = await verifier.VerifyAsync(pdf, default);

        Assert.True(issued.Authentic);
        Assert.True(issued.RecordsUnchanged);
        Assert.Equal(DocumentOrigin.Issued, issued.Origin);
        Assert.True(issued.SealIntact);
        Assert.Equal(report, issued.Document!.Id);
        Assert.Equal(test.Case.FileNumber, issued.Document.FileNumber);
        Assert.Contains("INTEGRIDAD DEL DOCUMENTO", PdfText.Of(pdf), StringComparison.Ordinal);
        Assert.Equal(DocumentOrigin.Altered, copy.Origin);
        Assert.False(copy.Authentic);
        Assert.True(edited.Authentic, "the document is still the one issued; its records changed since");
        Assert.Equal([("case-event", entryId.ToString("D", CultureInfo.InvariantCulture))], edited.Records!.Changed.Select(i => (i.Kind, i.Key)));
        Assert.False(sealedEdit.Authentic);
        Assert.Contains(sealedEdit.Ledger.Problems, p => p.Kind == LedgerKinds.Alarm && p.Fault == LedgerFault.AlteredRecord);
        Assert.Contains(sealedEdit.Records!.Changed, i => i.Kind == "alarm");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_chain_rewritten_consistently_from_the_start_passes_alone_but_not_against_the_link_the_report_printed(DatabaseProvider provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var (_, _, pdf, _, _) = await IssueAsync(server);
        var stamp = DocumentStamp.Read(pdf)!;
        Assert.True(stamp.AnchorIndex > 0, "the report was issued after the ledger had links");

        // Someone edits the first audit line and recomputes every link after it, so the chain is consistent again.
        await using (var db = server.Db())
        {
            await DatabaseOwner.TamperAsync(db, async () =>
            {
                var first = await db.LedgerEntries.OrderBy(e => e.Index).FirstAsync(e => e.Kind == LedgerKinds.Audit);
                var id = long.Parse(first.RecordKey, CultureInfo.InvariantCulture);
                await db.AuditEvents.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, "nadie"));
                var audit = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Id == id);
                var previous = Hashes.Genesis;
                foreach (var link in await db.LedgerEntries.OrderBy(e => e.Index).ToListAsync())
                {
                    if (link.Index == first.Index)
                    {
                        link.RecordHash = SealedRecords.Hash(audit);
                    }

                    link.PreviousHash = previous;
                    link.Hash = LedgerLink.Hash(link.Index, link.Kind, link.RecordKey, link.RecordHash, link.SealedAt, previous);
                    previous = link.Hash;
                }

                await db.SaveChangesAsync();
            });
        }

        var ledgerAlone = await server.App.Services.GetRequiredService<LedgerVerifier>().VerifyAsync(default);
        var check = await server.App.Services.GetRequiredService<DocumentVerifier>().VerifyAsync(pdf, default);

        Assert.True(ledgerAlone.Intact);
        Assert.False(check.AnchorIntact);
        Assert.False(check.Authentic);
    }

    /// <summary>A case with a resolved alarm and a timeline entry in the period; the ledger sealed before and after the report is issued.</summary>
    private static async Task<(NoticeCase Test, Guid Report, byte[] Pdf, Guid Alarm, Guid Entry)> IssueAsync(TestServer server)
    {
        var test = await NoticeCase.CreateAsync(server);
        var start = DateTime.UtcNow.AddHours(-6);
        var at = start.AddMinutes(30);
        var alarm = new Alarm
        {
            Id = Guid.CreateVersion7(), CaseId = test.Id, Type = AlarmType.ZoneEntry, Priority = AlarmPriority.Critical, State = AlarmState.Resolved,
            RaisedAt = at, LastTriggeredAt = at, TriggerCount = 1, Evidence = "{}", FirstEvidence = "{}", Explanation = "Ingreso a zona",
            ClaimedBy = "operadora-ana", ClaimedAt = at.AddSeconds(9), ResolvedBy = "operadora-ana", ResolvedAt = at.AddMinutes(20), Outcome = AlarmOutcome.RealBreach,
        };
        Guid entry;
        await using (var db = server.Db())
        {
            db.Alarms.Add(alarm);
            db.AlarmActions.Add(new AlarmAction { AlarmId = alarm.Id, Kind = AlarmActionKind.Resolved, At = at.AddMinutes(20), UserName = "operadora-ana", Note = "Agresor retirado" });
            entry = CaseTimeline.Record(db, test.Id, CaseEventKinds.DeviceInstalled, "tecnico-luis", start.AddMinutes(5), "Tobillera colocada").Id;
            await db.SaveChangesAsync();
        }

        var sealer = server.App.Services.GetRequiredService<LedgerSealer>();
        using var client = await server.ClientAsync(await test.UserAsync(server, "operador-" + test.Suffix, AmparoRoles.Operador, null));
        // Every audit event so far sealed before the report is issued, so the link it prints follows audit links.
        await Sealing.UntilSealedAsync(server, db => db.AuditEvents.AnyAsync(e => e.LedgerIndex == null));

        var report = await ApiJson.ReadAsync(await client.PostAsJsonAsync($"api/cases/{test.Id}/reports/occurrences", new { from = start, to = start.AddHours(3) }));
        var id = report.GetProperty("id").GetGuid();
        var pdf = await (await client.GetAsync($"api/reports/{id}/pdf")).Content.ReadAsByteArrayAsync();
        await sealer.SealAsync(TimeSpan.Zero, default);
        return (test, id, pdf, alarm.Id, entry);
    }

    /// <summary>The same document saved again with another title: its stamp is intact, its bytes are not the ones issued.</summary>
    private static byte[] Retitled(byte[] pdf)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        document.Info.Title = "Informe corregido";
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }
}
