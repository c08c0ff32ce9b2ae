using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Alarms;

/// <summary>Reads alarms for the queue, limited to the jurisdictions a user may see (null: all).</summary>
public sealed class AlarmQueries(IDbContextFactory<AmparoDbContext> contexts)
{
    /// <summary>Sorted as the queue shows them: most urgent first, then oldest first.</summary>
    public async Task<IReadOnlyList<AlarmView>> ListAsync(bool openOnly, IReadOnlySet<Guid>? jurisdictions, Guid? caseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var query =
            from a in db.Alarms.AsNoTracking()
            join c in db.Cases.AsNoTracking() on a.CaseId equals c.Id
            select new { Alarm = a, c.FileNumber, c.JurisdictionId };
        if (openOnly)
        {
            query = query.Where(x => x.Alarm.State != AlarmState.Resolved);
        }

        if (jurisdictions is not null)
        {
            var visible = jurisdictions.ToList();
            query = query.Where(x => visible.Contains(x.JurisdictionId));
        }

        if (caseId is { } onlyCase)
        {
            query = query.Where(x => x.Alarm.CaseId == onlyCase);
        }

        var rows = await query.ToListAsync(cancellationToken);
        return rows
            .OrderBy(x => x.Alarm.Priority).ThenBy(x => x.Alarm.RaisedAt)
            .Select(x => AlarmView.From(x.Alarm, x.FileNumber, x.JurisdictionId))
            .ToList();
    }

    public async Task<AlarmView?> FindAsync(Guid alarmId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var row = await (
            from a in db.Alarms.AsNoTracking()
            join c in db.Cases.AsNoTracking() on a.CaseId equals c.Id
            where a.Id == alarmId
            select new { Alarm = a, c.FileNumber, c.JurisdictionId }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : AlarmView.From(row.Alarm, row.FileNumber, row.JurisdictionId);
    }

    public async Task<IReadOnlyList<AlarmAction>> ActionsAsync(Guid alarmId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.AlarmActions.AsNoTracking().Where(a => a.AlarmId == alarmId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The written records of several alarms in one query, each in the order it was written.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<AlarmAction>>> ActionsAsync(IReadOnlyCollection<Guid> alarmIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alarmIds);
        var ids = alarmIds.ToList();
        await using var db = contexts.CreateDbContext();
        var actions = await db.AlarmActions.AsNoTracking().Where(a => ids.Contains(a.AlarmId)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return actions.GroupBy(a => a.AlarmId).ToDictionary(g => g.Key, g => (IReadOnlyList<AlarmAction>)g.ToList());
    }
}
