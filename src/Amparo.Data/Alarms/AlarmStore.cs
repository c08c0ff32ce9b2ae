using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Alarms;

/// <summary>Opens, updates and moves alarms through their states, recording every operator action.</summary>
public sealed class AlarmStore(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    /// <summary>Opens an alarm of the trigger's type, or updates the open one (one open alarm per case and type).</summary>
    public async Task<AlarmChange> RaiseAsync(Guid caseId, AlarmTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var now = time.GetUtcNow().UtcDateTime;
        var evidence = AlarmEvidenceJson.Serialize(trigger.Evidence);
        await using var db = contexts.CreateDbContext();
        var open = await db.Alarms.FirstOrDefaultAsync(
            a => a.CaseId == caseId && a.Type == trigger.Type && a.State != AlarmState.Resolved, cancellationToken);
        if (open is not null)
        {
            open.LastTriggeredAt = now;
            open.TriggerCount++;
            open.Evidence = evidence;
            open.Explanation = trigger.Explanation;
            open.Version++;
            await db.SaveChangesAsync(cancellationToken);
            return new AlarmChange(open, Opened: false);
        }

        var alarm = new Alarm
        {
            Id = Guid.CreateVersion7(),
            CaseId = caseId,
            Type = trigger.Type,
            Priority = AlarmTypeInfo.For(trigger.Type).Priority,
            State = AlarmState.New,
            RaisedAt = now,
            LastTriggeredAt = now,
            TriggerCount = 1,
            Evidence = evidence,
            FirstEvidence = evidence,
            Explanation = trigger.Explanation,
        };
        db.Alarms.Add(alarm);
        await db.SaveChangesAsync(cancellationToken);
        return new AlarmChange(alarm, Opened: true);
    }

    public Task<(AlarmActionResult Result, Alarm? Alarm)> ClaimAsync(Guid alarmId, string userName, CancellationToken cancellationToken) =>
        ActAsync(alarmId, userName, null, AlarmActionKind.Claimed, cancellationToken);

    public Task<(AlarmActionResult Result, Alarm? Alarm)> AcknowledgeAsync(Guid alarmId, string userName, string? note, CancellationToken cancellationToken) =>
        ActAsync(alarmId, userName, note, AlarmActionKind.Acknowledged, cancellationToken);

    public Task<(AlarmActionResult Result, Alarm? Alarm)> ResolveAsync(Guid alarmId, string userName, string? note, CancellationToken cancellationToken) =>
        ActAsync(alarmId, userName, note, AlarmActionKind.Resolved, cancellationToken);

    private async Task<(AlarmActionResult, Alarm?)> ActAsync(
        Guid alarmId, string userName, string? note, AlarmActionKind kind, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var alarm = await db.Alarms.FirstOrDefaultAsync(a => a.Id == alarmId, cancellationToken);
        if (alarm is null)
        {
            return (AlarmActionResult.NotFound, null);
        }

        if (!Apply(alarm, kind, userName, now))
        {
            return (AlarmActionResult.NotAllowedInState, alarm);
        }

        alarm.Version++;
        db.AlarmActions.Add(new AlarmAction { AlarmId = alarm.Id, Kind = kind, At = now, UserName = userName, Note = note });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (AlarmActionResult.ChangedMeanwhile, null);
        }

        return (AlarmActionResult.Done, alarm);
    }

    private static bool Apply(Alarm alarm, AlarmActionKind kind, string userName, DateTime now)
    {
        switch (kind)
        {
            case AlarmActionKind.Claimed when AlarmTransitions.CanClaim(alarm.State):
                alarm.State = AlarmState.Claimed;
                alarm.ClaimedBy = userName;
                alarm.ClaimedAt = now;
                return true;
            case AlarmActionKind.Acknowledged when AlarmTransitions.CanAcknowledge(alarm.State):
                alarm.ClaimedBy ??= userName;
                alarm.ClaimedAt ??= now;
                alarm.State = AlarmState.Acknowledged;
                alarm.AcknowledgedBy = userName;
                alarm.AcknowledgedAt = now;
                return true;
            case AlarmActionKind.Resolved when AlarmTransitions.CanResolve(alarm.State):
                alarm.State = AlarmState.Resolved;
                alarm.ResolvedBy = userName;
                alarm.ResolvedAt = now;
                return true;
            default:
                return false;
        }
    }
}
