using System.Globalization;
using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.Integrity;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Integrity;

/// <summary>
/// Checks the ledger against itself (every link follows the one before and matches its content) and against the
/// database (every sealed audit event, alarm, document, notice and periodic report still exists and still has the hash it was sealed with), page by page.
/// </summary>
public sealed class LedgerVerifier(IDbContextFactory<AmparoDbContext> contexts)
{
    private const int Page = 2_000;

    public async Task<LedgerReport> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var walk = new LedgerWalk();
        var problems = new List<LedgerProblem>();
        var after = 0L;
        while (true)
        {
            var links = await db.LedgerEntries.AsNoTracking().Where(e => e.Index > after).OrderBy(e => e.Index).Take(Page).ToListAsync(cancellationToken);
            if (links.Count == 0)
            {
                break;
            }

            foreach (var link in links)
            {
                walk.Visit(new SealedLink(link.Index, link.Kind, link.RecordKey, link.RecordHash, link.SealedAt, link.PreviousHash, link.Hash));
            }

            foreach (var kind in links.GroupBy(l => l.Kind))
            {
                if (CurrentHashes.TryGetValue(kind.Key, out var current))
                {
                    var now = await current(db, kind.Select(l => l.RecordKey).ToList(), cancellationToken);
                    problems.AddRange(kind.Select(l => Compare(l, now.GetValueOrDefault(l.RecordKey))).OfType<LedgerProblem>());
                }
            }

            after = links[^1].Index;
        }

        var unsealedAudit = await db.AuditEvents.CountAsync(e => e.LedgerIndex == null, cancellationToken);
        var unsealedAlarms = await db.Alarms.CountAsync(a => a.LedgerIndex == null && a.State == AlarmState.Resolved, cancellationToken);
        var all = walk.Problems.Concat(problems).OrderBy(p => p.Index).ToList();
        return new LedgerReport(walk.Links, walk.Head, all, unsealedAudit, unsealedAlarms);
    }

    /// <summary>For each kind of sealed record, its records' hashes as they are now, by key (a deleted record is absent).</summary>
    private static readonly Dictionary<string, Func<AmparoDbContext, List<string>, CancellationToken, Task<Dictionary<string, string>>>> CurrentHashes = new()
    {
        [LedgerKinds.Audit] = async (db, keys, ct) =>
        {
            var ids = keys.Select(k => long.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1).ToList();
            return await db.AuditEvents.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(SealedRecords.KeyOf, SealedRecords.Hash, ct);
        },
        [LedgerKinds.Alarm] = async (db, keys, ct) =>
        {
            var ids = Guids(keys);
            return await db.Alarms.AsNoTracking().Include(a => a.Actions).Where(a => ids.Contains(a.Id))
                .ToDictionaryAsync(SealedRecords.KeyOf, a => SealedRecords.Hash(a, a.Actions), ct);
        },
        [LedgerKinds.Document] = async (db, keys, ct) =>
        {
            var ids = Guids(keys);
            return await db.OccurrenceReports.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(SealedRecords.KeyOf, SealedRecords.Hash, ct);
        },
        [LedgerKinds.PeriodicReport] = async (db, keys, ct) =>
        {
            var ids = Guids(keys);
            return await db.PeriodicReports.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(SealedRecords.KeyOf, SealedRecords.Hash, ct);
        },
        [LedgerKinds.Notice] = async (db, keys, ct) =>
        {
            var ids = Guids(keys);
            return await db.Notices.AsNoTracking().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(SealedRecords.KeyOf, SealedRecords.Hash, ct);
        },
    };

    private static List<Guid> Guids(List<string> keys) =>
        keys.Select(k => Guid.TryParse(k, CultureInfo.InvariantCulture, out var id) ? id : Guid.Empty).ToList();

    private static LedgerProblem? Compare(LedgerEntry link, string? current) => current switch
    {
        null => new LedgerProblem(link.Index, link.Kind, link.RecordKey, LedgerFault.MissingRecord),
        _ when current != link.RecordHash => new LedgerProblem(link.Index, link.Kind, link.RecordKey, LedgerFault.AlteredRecord),
        _ => null,
    };
}
