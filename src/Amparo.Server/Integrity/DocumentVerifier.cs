using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Integrity;
using Amparo.Data.Reports;
using Amparo.Domain.Integrity;
using Amparo.Server.Notices.Occurrences;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Integrity;

/// <summary>
/// Checks a document file against the database (<c>amparo verify &lt;file&gt;</c>): found by its SHA-256, or by the id
/// its stamp names when its bytes were altered; its seal in the ledger; the ledger's link it printed (the court's copy
/// anchors the chain: rewriting the chain before it changes that link's hash); and its records, recomputed now.
/// </summary>
public sealed class DocumentVerifier(IDbContextFactory<AmparoDbContext> contexts, LedgerVerifier ledger)
{
    public async Task<DocumentCheck> VerifyAsync(byte[] file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sha = Hashes.Sha256(file);
        var stamp = DocumentStamp.Read(file);
        var chain = await ledger.VerifyAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        var report = await db.OccurrenceReports.AsNoTracking().FirstOrDefaultAsync(r => r.Sha256 == sha, cancellationToken);
        var origin = DocumentOrigin.Issued;
        if (report is null && stamp is not null)
        {
            report = await db.OccurrenceReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == stamp.DocumentId, cancellationToken);
            origin = DocumentOrigin.Altered;
        }

        if (report is null)
        {
            return new DocumentCheck(sha, DocumentOrigin.Unknown, null, null, false, null, chain);
        }

        var monitored = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == report.CaseId, cancellationToken);
        var facts = new DocumentFacts(report.Id, "occurrences", monitored.FileNumber, report.From, report.To, report.IssuedAt, report.IssuedBy,
            report.LedgerIndex, report.AnchorIndex);
        var now = OccurrenceEvidence.Of(await OccurrenceFactsReader.ReadAsync(db, monitored, report.From, report.To, report.IssuedAt, cancellationToken), report.IssuedAt);
        var issued = report.Manifest is null ? [] : JsonSerializer.Deserialize<List<EvidenceItem>>(report.Manifest) ?? [];
        return new DocumentCheck(sha, origin, facts, await SealAsync(db, report, cancellationToken), await AnchorAsync(db, report, stamp, cancellationToken),
            EvidenceManifest.Compare(issued, now), chain);
    }

    /// <summary>The document's row still hashes to what its link sealed; null while not sealed yet.</summary>
    private static async Task<bool?> SealAsync(AmparoDbContext db, OccurrenceReport report, CancellationToken cancellationToken)
    {
        if (report.LedgerIndex is not { } index)
        {
            return null;
        }

        var link = await db.LedgerEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Index == index, cancellationToken);
        return link is { Kind: LedgerKinds.Document } && link.RecordKey == SealedRecords.KeyOf(report) && link.RecordHash == SealedRecords.Hash(report);
    }

    /// <summary>The link the document printed still has the hash it printed, and the stored row says the same as the file.</summary>
    private static async Task<bool> AnchorAsync(AmparoDbContext db, OccurrenceReport report, DocumentStamp? stamp, CancellationToken cancellationToken)
    {
        var (index, hash) = stamp is null ? (report.AnchorIndex, report.AnchorHash) : (stamp.AnchorIndex, stamp.AnchorHash);
        var agrees = stamp is null || (stamp.AnchorIndex == report.AnchorIndex && stamp.AnchorHash == report.AnchorHash && stamp.RecordsHash == report.RecordsHash);
        return agrees && hash is not null && await LedgerHead.HashAtAsync(db, index, cancellationToken) == hash;
    }
}
