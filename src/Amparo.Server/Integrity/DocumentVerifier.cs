using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Integrity;
using Amparo.Domain.Integrity;
using Amparo.Server.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Integrity;

/// <summary>
/// Checks a document file against the database (<c>amparo verify &lt;file&gt;</c>): an occurrences report, a notice or
/// a periodic report, found by its SHA-256, or by the id its stamp names when its bytes were altered; its seal in the
/// ledger; the ledger's link it printed (the copy anchors the chain: rewriting the chain before it changes that link's
/// hash); and its records, recomputed now.
/// </summary>
public sealed class DocumentVerifier(IDbContextFactory<AmparoDbContext> contexts, LedgerVerifier ledger, ProgrammeFactsReader programme)
{
    public async Task<DocumentCheck> VerifyAsync(byte[] file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sha = Hashes.Sha256(file);
        var stamp = DocumentStamp.Read(file);
        var chain = await ledger.VerifyAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        var documents = new IssuedDocuments(programme);
        var document = await documents.FindAsync(db, sha, null, cancellationToken);
        var origin = DocumentOrigin.Issued;
        if (document is null && stamp is not null)
        {
            document = await documents.FindAsync(db, null, stamp.DocumentId, cancellationToken);
            origin = DocumentOrigin.Altered;
        }

        if (document is null)
        {
            return new DocumentCheck(sha, DocumentOrigin.Unknown, null, null, false, null, chain);
        }

        var now = await document.RecordsNow(cancellationToken);
        var issued = document.Manifest is null ? null : JsonSerializer.Deserialize<List<EvidenceItem>>(document.Manifest);
        return new DocumentCheck(sha, origin, document.Facts, await SealAsync(db, document, cancellationToken),
            await AnchorAsync(db, document, stamp, cancellationToken), issued is null ? null : EvidenceManifest.Compare(issued, now), chain);
    }

    /// <summary>The document's row still hashes to what its link sealed; null while not sealed yet.</summary>
    private static async Task<bool?> SealAsync(AmparoDbContext db, IssuedDocument document, CancellationToken cancellationToken)
    {
        if (document.Facts.LedgerIndex is not { } index)
        {
            return null;
        }

        var link = await db.LedgerEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Index == index, cancellationToken);
        return link is not null && link.Kind == document.SealKind && link.RecordKey == document.SealKey && link.RecordHash == document.SealHash;
    }

    /// <summary>The link the document printed still has the hash it printed, and the stored row says the same as the file.</summary>
    private static async Task<bool> AnchorAsync(AmparoDbContext db, IssuedDocument document, DocumentStamp? stamp, CancellationToken cancellationToken)
    {
        var (index, hash) = stamp is null ? (document.AnchorIndex, document.AnchorHash) : (stamp.AnchorIndex, stamp.AnchorHash);
        var agrees = stamp is null
            || (stamp.AnchorIndex == document.AnchorIndex && stamp.AnchorHash == document.AnchorHash && stamp.RecordsHash == document.RecordsHash);
        return agrees && index is { } at && hash is not null && await LedgerHead.HashAtAsync(db, at, cancellationToken) == hash;
    }
}
