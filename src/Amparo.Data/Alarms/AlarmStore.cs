using System.Globalization;
using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Alarms;

/// <summary>Moves alarms through their states by operators' hands, recording every action; calls supervisors on alarms nobody claimed.</summary>
public sealed class AlarmStore(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    private const int Attempts = 3;

    public Task<(AlarmActionResult Result, Alarm? Alarm)> ClaimAsync(Guid alarmId, string userName, CancellationToken cancellationToken) =>
        ActAsync(alarmId, new AlarmActor(userName, false), null, AlarmActionKind.Claimed, null, cancellationToken);

    public Task<(AlarmActionResult Result, Alarm? Alarm)> AcknowledgeAsync(Guid alarmId, AlarmActor actor, string? note, CancellationToken cancellationToken) =>
        ActAsync(alarmId, actor, note, AlarmActionKind.Acknowledged, null, cancellationToken);

    public Task<(AlarmActionResult Result, Alarm? Alarm)> ResolveAsync(
        Guid alarmId, AlarmActor actor, AlarmOutcome outcome, string? note, CancellationToken cancellationToken) =>
        ActAsync(alarmId, actor, note, AlarmActionKind.Resolved, outcome, cancellationToken);

    /// <summary>Marks the alarms nobody claimed within <paramref name="after"/> as escalated, once each, and returns them.</summary>
    public async Task<IReadOnlyList<Alarm>> EscalateUnclaimedAsync(TimeSpan after, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var deadline = now - after;
        await using var db = contexts.CreateDbContext();
        var late = await db.Alarms
            .Where(a => a.State == AlarmState.New && a.EscalatedAt == null && a.RaisedAt <= deadline)
            .OrderBy(a => a.RaisedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        var escalated = new List<Alarm>();
        foreach (var alarm in late)
        {
            alarm.EscalatedAt = now;
            alarm.Version++;
            db.AlarmActions.Add(new AlarmAction { AlarmId = alarm.Id, Kind = AlarmActionKind.Escalated, At = now, UserName = AlarmRecorder.EngineUser,
                Note = string.Create(CultureInfo.InvariantCulture, $"Sin tomar tras {after.TotalMinutes:0.#} min: aviso a supervisión.") });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                escalated.Add(alarm);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Claimed meanwhile: nothing to escalate.
                db.ChangeTracker.Clear();
            }
        }

        return escalated;
    }

    private async Task<(AlarmActionResult, Alarm?)> ActAsync(
        Guid alarmId, AlarmActor actor, string? note, AlarmActionKind kind, AlarmOutcome? outcome, CancellationToken cancellationToken)
    {
        var userName = actor.UserName;
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await using var db = contexts.CreateDbContext();
            var alarm = await db.Alarms.FirstOrDefaultAsync(a => a.Id == alarmId, cancellationToken);
            if (alarm is null)
            {
                return (AlarmActionResult.NotFound, null);
            }

            if (kind != AlarmActionKind.Claimed && !AlarmHolder.MayWork(alarm.ClaimedBy, userName, actor.Supervises))
            {
                return (AlarmActionResult.HeldByAnother, alarm);
            }

            if (!Apply(alarm, kind, userName, now))
            {
                return (AlarmActionResult.NotAllowedInState, alarm);
            }

            if (outcome is not null)
            {
                alarm.Outcome = outcome;
            }

            alarm.Version++;
            db.AlarmActions.Add(new AlarmAction { AlarmId = alarm.Id, Kind = kind, At = now, UserName = userName, Note = note });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (AlarmActionResult.Done, alarm);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // The engine re-triggered or cleared it meanwhile: read it again, and act only if its new state still allows it.
            }
            catch (DbUpdateConcurrencyException)
            {
                return (AlarmActionResult.ChangedMeanwhile, null);
            }
        }
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
