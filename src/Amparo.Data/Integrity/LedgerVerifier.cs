using System.Globalization;
using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.Integrity;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Integrity;

/// <summary>
/// Checks the ledger against itself (every link follows the one before and matches its content) and against the
/// database (every sealed audit event, alarm, document and periodic report still exists and still has the hash it was sealed with), page by page.
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

            problems.AddRange(await CheckAuditAsync(db, links.Where(l => l.Kind == LedgerKinds.Audit).ToList(), cancellationToken));
            problems.AddRange(await CheckAlarmsAsync(db, links.Where(l => l.Kind == LedgerKinds.Alarm).ToList(), cancellationToken));
            problems.AddRange(await CheckDocumentsAsync(db, links.Where(l => l.Kind == LedgerKinds.Document).ToList(), cancellationToken));
            problems.AddRange(await CheckPeriodicAsync(db, links.Where(l => l.Kind == LedgerKinds.PeriodicReport).ToList(), cancellationToken));
            after = links[^1].Index;
        }

        var unsealedAudit = await db.AuditEvents.CountAsync(e => e.LedgerIndex == null, cancellationToken);
        var unsealedAlarms = await db.Alarms.CountAsync(a => a.LedgerIndex == null && a.State == AlarmState.Resolved, cancellationToken);
        var all = walk.Problems.Concat(problems).OrderBy(p => p.Index).ToList();
        return new LedgerReport(walk.Links, walk.Head, all, unsealedAudit, unsealedAlarms);
    }

    private static async Task<IEnumerable<LedgerProblem>> CheckAuditAsync(AmparoDbContext db, List<LedgerEntry> links, CancellationToken cancellationToken)
    {
        var ids = links.Select(l => long.TryParse(l.RecordKey, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1).ToList();
        var stored = await db.AuditEvents.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => SealedRecords.KeyOf(e), cancellationToken);
        return links.Select(l => Compare(l, stored.TryGetValue(l.RecordKey, out var e) ? SealedRecords.Hash(e) : null)).OfType<LedgerProblem>();
    }

    private static async Task<IEnumerable<LedgerProblem>> CheckAlarmsAsync(AmparoDbContext db, List<LedgerEntry> links, CancellationToken cancellationToken)
    {
        var ids = links.Select(l => Guid.TryParse(l.RecordKey, CultureInfo.InvariantCulture, out var id) ? id : Guid.Empty).ToList();
        var stored = await db.Alarms.AsNoTracking().Include(a => a.Actions).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => SealedRecords.KeyOf(a), cancellationToken);
        return links.Select(l => Compare(l, stored.TryGetValue(l.RecordKey, out var a) ? SealedRecords.Hash(a, a.Actions) : null)).OfType<LedgerProblem>();
    }

    private static async Task<IEnumerable<LedgerProblem>> CheckDocumentsAsync(AmparoDbContext db, List<LedgerEntry> links, CancellationToken cancellationToken)
    {
        var ids = links.Select(l => Guid.TryParse(l.RecordKey, CultureInfo.InvariantCulture, out var id) ? id : Guid.Empty).ToList();
        var stored = await db.OccurrenceReports.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => SealedRecords.KeyOf(r), cancellationToken);
        return links.Select(l => Compare(l, stored.TryGetValue(l.RecordKey, out var r) ? SealedRecords.Hash(r) : null)).OfType<LedgerProblem>();
    }

    private static async Task<IEnumerable<LedgerProblem>> CheckPeriodicAsync(AmparoDbContext db, List<LedgerEntry> links, CancellationToken cancellationToken)
    {
        var ids = links.Select(l => Guid.TryParse(l.RecordKey, CultureInfo.InvariantCulture, out var id) ? id : Guid.Empty).ToList();
        var stored = await db.PeriodicReports.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => SealedRecords.KeyOf(r), cancellationToken);
        return links.Select(l => Compare(l, stored.TryGetValue(l.RecordKey, out var r) ? SealedRecords.Hash(r) : null)).OfType<LedgerProblem>();
    }

    private static LedgerProblem? Compare(LedgerEntry link, string? current) => current switch
    {
        null => new LedgerProblem(link.Index, link.Kind, link.RecordKey, LedgerFault.MissingRecord),
        _ when current != link.RecordHash => new LedgerProblem(link.Index, link.Kind, link.RecordKey, LedgerFault.AlteredRecord),
        _ => null,
    };
}
