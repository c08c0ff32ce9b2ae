using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.Engine;
using Amparo.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Alarms;

/// <summary>
/// Writes what the engine concluded: opens an alarm, updates the open one on a repeat, records a condition that
/// cleared and resolves a technical alarm by it. Times are the engine's (when the condition was proven), not the
/// time of writing, so an alarm raised after a restart carries the moment it was due.
/// </summary>
public sealed class AlarmRecorder(IDbContextFactory<AmparoDbContext> contexts)
{
    /// <summary>The name the engine signs its own actions with.</summary>
    public const string EngineUser = "amparo";

    private const int Attempts = 3;

    /// <returns>The alarm opened or updated; null for a repeat of an episode an operator already closed.</returns>
    public async Task<AlarmChange?> RaiseAsync(Guid caseId, AlarmTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var subject = AlarmSubject.Of(trigger.Evidence);
        var evidence = AlarmEvidenceJson.Serialize(trigger.Evidence);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = contexts.CreateDbContext();
            var open = await OpenAsync(db, caseId, trigger.Type, subject, cancellationToken);
            if (open is null && trigger.Repeat)
            {
                return null;
            }

            var change = open is null ? Open(db, caseId, subject, trigger, evidence) : Update(open, trigger, evidence);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return change;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // An operator claimed it meanwhile, or another writer opened it: read it again.
            }
        }
    }

    /// <returns>The alarm the clearance was recorded on; null when none of its kind is open.</returns>
    public async Task<Alarm?> ClearAsync(Guid caseId, AlarmClearance clearance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clearance);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = contexts.CreateDbContext();
            var open = await OpenAsync(db, caseId, clearance.Type, AlarmSubject.Of(clearance.Subject), cancellationToken);
            if (open is null)
            {
                return null;
            }

            open.ClearedAt = clearance.At;
            open.ClearReason = clearance.Reason.Length > 200 ? clearance.Reason[..200] : clearance.Reason;
            open.Version++;
            db.AlarmActions.Add(new AlarmAction { AlarmId = open.Id, Kind = AlarmActionKind.Cleared, At = clearance.At, UserName = EngineUser, Note = clearance.Reason });
            if (AlarmTypeInfo.For(clearance.Type).ResolvesWhenCleared)
            {
                open.State = AlarmState.Resolved;
                open.ResolvedBy = EngineUser;
                open.ResolvedAt = clearance.At;
                open.Outcome = AlarmOutcome.ConditionCleared;
                db.AlarmActions.Add(new AlarmAction { AlarmId = open.Id, Kind = AlarmActionKind.Resolved, At = clearance.At, UserName = EngineUser, Note = clearance.Reason });
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return open;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
            }
        }
    }

    /// <summary>The latest moment the engine's conclusions for a case are stored up to: a rebuilt engine stays silent before it.</summary>
    public async Task<DateTime?> RecordedUntilAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var triggered = await db.Alarms.Where(a => a.CaseId == caseId).MaxAsync(a => (DateTime?)a.LastTriggeredAt, cancellationToken);
        var cleared = await db.Alarms.Where(a => a.CaseId == caseId).MaxAsync(a => a.ClearedAt, cancellationToken);
        return cleared > triggered ? cleared : triggered;
    }

    private static Task<Alarm?> OpenAsync(AmparoDbContext db, Guid caseId, AlarmType type, string subject, CancellationToken cancellationToken) =>
        db.Alarms.FirstOrDefaultAsync(a => a.CaseId == caseId && a.Type == type && a.Subject == subject && a.State != AlarmState.Resolved, cancellationToken);

    private static AlarmChange Open(AmparoDbContext db, Guid caseId, string subject, AlarmTrigger trigger, string evidence)
    {
        var alarm = new Alarm
        {
            Id = Guid.CreateVersion7(),
            CaseId = caseId,
            Type = trigger.Type,
            Subject = subject,
            Priority = AlarmTypeInfo.For(trigger.Type).Priority,
            State = AlarmState.New,
            RaisedAt = trigger.At,
            LastTriggeredAt = trigger.At,
            TriggerCount = 1,
            Evidence = evidence,
            FirstEvidence = evidence,
            Explanation = trigger.Explanation,
        };
        db.Alarms.Add(alarm);
        return new AlarmChange(alarm, Opened: true);
    }

    private static AlarmChange Update(Alarm open, AlarmTrigger trigger, string evidence)
    {
        if (trigger.At > open.LastTriggeredAt)
        {
            open.LastTriggeredAt = trigger.At;
        }

        if (!trigger.Repeat)
        {
            // A new episode on an alarm still open (out of the zone, then in again): it is no longer cleared.
            open.ClearedAt = null;
            open.ClearReason = null;
        }

        open.TriggerCount++;
        open.Evidence = evidence;
        open.Explanation = trigger.Explanation;
        open.Version++;
        return new AlarmChange(open, Opened: false);
    }
}
