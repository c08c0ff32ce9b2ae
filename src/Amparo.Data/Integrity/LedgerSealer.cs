using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.Integrity;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Integrity;

/// <summary>
/// Appends to the ledger what is not sealed yet, oldest first: audit events, alarms once resolved (an open alarm is
/// still being worked), issued documents, notices and periodic reports. Records younger than the grace are left for the next pass, so one whose transaction is still
/// committing is not skipped. Each pass is one transaction; if another sealer appended meanwhile, its indexes collide
/// and this pass is dropped whole, to be done again.
/// </summary>
public sealed class LedgerSealer(IDbContextFactory<AmparoDbContext> contexts, ClusterPassLock cluster, TimeProvider time)
{
    private const int AuditBatch = 2_000;
    private const int AlarmBatch = 200;

    /// <returns>How many records this pass sealed (0 when nothing was due, or another sealer won the race).</returns>
    public async Task<int> SealAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        await using var turn = await cluster.EnterAsync(nameof(LedgerSealer), cancellationToken);
        await using var db = contexts.CreateDbContext();
        // To the millisecond: the instant is hashed, and every database must give back exactly what was hashed.
        var now = time.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        var before = now - grace;
        var audits = await db.AuditEvents.Where(e => e.LedgerIndex == null && e.At <= before).OrderBy(e => e.Id).Take(AuditBatch).ToListAsync(cancellationToken);
        var alarms = await db.Alarms.Include(a => a.Actions)
            .Where(a => a.LedgerIndex == null && a.State == AlarmState.Resolved && a.ResolvedAt <= before)
            .OrderBy(a => a.ResolvedAt).ThenBy(a => a.Id).Take(AlarmBatch).ToListAsync(cancellationToken);
        var documents = await db.OccurrenceReports.Where(r => r.LedgerIndex == null && r.IssuedAt <= before).OrderBy(r => r.IssuedAt).ThenBy(r => r.Id)
            .Take(AlarmBatch).ToListAsync(cancellationToken);
        var periodic = await db.PeriodicReports.Where(r => r.LedgerIndex == null && r.GeneratedAt <= before).OrderBy(r => r.GeneratedAt).ThenBy(r => r.Id)
            .Take(AlarmBatch).ToListAsync(cancellationToken);
        var notices = await db.Notices.Where(n => n.LedgerIndex == null && n.IssuedAt <= before).OrderBy(n => n.IssuedAt).ThenBy(n => n.Id)
            .Take(AlarmBatch).ToListAsync(cancellationToken);
        if (audits.Count == 0 && alarms.Count == 0 && documents.Count == 0 && periodic.Count == 0 && notices.Count == 0)
        {
            return 0;
        }

        var (index, previous) = await LedgerHead.ReadAsync(db, cancellationToken);
        LedgerEntry Append(string kind, string key, string recordHash)
        {
            index++;
            var entry = new LedgerEntry
            {
                Index = index, Kind = kind, RecordKey = key, RecordHash = recordHash, SealedAt = now, PreviousHash = previous,
                Hash = LedgerLink.Hash(index, kind, key, recordHash, now, previous),
            };
            previous = entry.Hash;
            db.LedgerEntries.Add(entry);
            return entry;
        }

        foreach (var audit in audits)
        {
            audit.LedgerIndex = Append(LedgerKinds.Audit, SealedRecords.KeyOf(audit), SealedRecords.Hash(audit)).Index;
        }

        foreach (var alarm in alarms)
        {
            alarm.LedgerIndex = Append(LedgerKinds.Alarm, SealedRecords.KeyOf(alarm), SealedRecords.Hash(alarm, alarm.Actions)).Index;
        }

        foreach (var document in documents)
        {
            document.LedgerIndex = Append(LedgerKinds.Document, SealedRecords.KeyOf(document), SealedRecords.Hash(document)).Index;
        }

        foreach (var report in periodic)
        {
            report.LedgerIndex = Append(LedgerKinds.PeriodicReport, SealedRecords.KeyOf(report), SealedRecords.Hash(report)).Index;
        }

        foreach (var notice in notices)
        {
            notice.LedgerIndex = Append(LedgerKinds.Notice, SealedRecords.KeyOf(notice), SealedRecords.Hash(notice)).Index;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another sealer took these indexes, or an alarm changed under us: the next pass starts from the new head.
            return 0;
        }

        return audits.Count + alarms.Count + documents.Count + periodic.Count + notices.Count;
    }
}
