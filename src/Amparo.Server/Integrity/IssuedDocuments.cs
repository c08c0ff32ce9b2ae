using Amparo.Data.Database;
using Amparo.Data.Integrity;
using Amparo.Data.Notices;
using Amparo.Data.Reports;
using Amparo.Data.Statistics;
using Amparo.Server.Auth;
using Amparo.Server.Notices;
using Amparo.Server.Notices.Occurrences;
using Amparo.Server.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Integrity;

/// <summary>Finds a kept document by its file's SHA-256 or by its id, whichever kind it is, and says how to recompute its records.</summary>
internal sealed class IssuedDocuments(ProgrammeFactsReader programme)
{
    public async Task<IssuedDocument?> FindAsync(AmparoDbContext db, string? sha256, Guid? id, CancellationToken cancellationToken)
    {
        var report = await db.OccurrenceReports.AsNoTracking().FirstOrDefaultAsync(r => r.Sha256 == sha256 || r.Id == id, cancellationToken);
        if (report is not null)
        {
            return await OccurrencesAsync(db, report, cancellationToken);
        }

        var notice = await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Sha256 == sha256 || n.Id == id, cancellationToken);
        if (notice is not null)
        {
            return await NoticeAsync(db, notice, cancellationToken);
        }

        var periodic = await db.PeriodicReports.AsNoTracking().FirstOrDefaultAsync(r => r.Sha256 == sha256 || r.Id == id, cancellationToken);
        return periodic is null ? null : Periodic(periodic);
    }

    private static async Task<IssuedDocument> OccurrencesAsync(AmparoDbContext db, OccurrenceReport report, CancellationToken cancellationToken)
    {
        var monitored = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == report.CaseId, cancellationToken);
        var facts = new DocumentFacts(report.Id, "informe de ocurrencias / occurrences report", report.Sha256, monitored.FileNumber,
            report.From, report.To, report.IssuedAt, report.IssuedBy, report.LedgerIndex, report.AnchorIndex);
        return new IssuedDocument(facts, LedgerKinds.Document, SealedRecords.KeyOf(report), SealedRecords.Hash(report),
            report.AnchorIndex, report.AnchorHash, report.RecordsHash, report.Manifest,
            async ct => OccurrenceEvidence.Of(await OccurrenceFactsReader.ReadAsync(db, monitored, report.From, report.To, report.IssuedAt, ct), report.IssuedAt));
    }

    private static async Task<IssuedDocument> NoticeAsync(AmparoDbContext db, Notice notice, CancellationToken cancellationToken)
    {
        var monitored = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == notice.CaseId, cancellationToken);
        var order = await db.JudicialOrders.AsNoTracking().FirstAsync(o => o.Id == notice.OrderId, cancellationToken);
        var facts = new DocumentFacts(notice.Id, $"oficio / notice N.º {notice.Number}", notice.Sha256, monitored.FileNumber,
            null, null, notice.IssuedAt, notice.IssuedBy, notice.LedgerIndex, notice.AnchorIndex);
        return new IssuedDocument(facts, LedgerKinds.Notice, SealedRecords.KeyOf(notice), SealedRecords.Hash(notice),
            notice.AnchorIndex, notice.AnchorHash, notice.RecordsHash, notice.Manifest,
            async ct => NoticeEvidence.Of(await NoticeFactsReader.ReadAsync(db, monitored, order, ct)));
    }

    private IssuedDocument Periodic(PeriodicReport report)
    {
        var facts = new DocumentFacts(report.Id, $"informe periódico / periodic report {report.Period} ({report.Language})", report.Sha256,
            null, report.From, report.To, report.GeneratedAt, PeriodicReportSchedule.Issuer, report.LedgerIndex, report.AnchorIndex);
        var scope = new UserScope(PeriodicReportSchedule.Issuer, new HashSet<Guid> { report.JurisdictionId }, false, false);
        return new IssuedDocument(facts, LedgerKinds.PeriodicReport, SealedRecords.KeyOf(report), SealedRecords.Hash(report),
            report.AnchorIndex, report.AnchorHash, report.RecordsHash, report.Manifest,
            async ct => ProgrammeEvidence.Of(await programme.ReadAsync(scope, report.From, report.To, ct), report.JurisdictionId, report.Period));
    }

    
}
