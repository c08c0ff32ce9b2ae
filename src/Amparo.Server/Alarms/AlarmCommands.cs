using Amparo.Data.Alarms;
using Amparo.Data.Audit;
using Amparo.Domain.Alarms;
using Amparo.Monitoring.Feed;
using Amparo.Server.Auth;

namespace Amparo.Server.Alarms;

public enum AlarmCommand
{
    Claim,
    Acknowledge,
    Resolve,
}

/// <summary>
/// An operator's action on an alarm, from the console or the API alike: checks her scope, moves the alarm,
/// writes the audit trail and tells every other console.
/// </summary>
public sealed class AlarmCommands(AlarmStore store, AlarmQueries queries, AuditLog audit, IMonitoringFeed feed)
{
    public async Task<AlarmCommandResult> ExecuteAsync(
        AlarmCommand command, Guid alarmId, string? note, AlarmOutcome? outcome, UserScope scope, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var current = await queries.FindAsync(alarmId, cancellationToken);
        if (current is null || !scope.CanSee(current.JurisdictionId))
        {
            return new AlarmCommandResult(AlarmActionResult.NotFound, null);
        }

        var (result, _) = command switch
        {
            AlarmCommand.Claim => await store.ClaimAsync(alarmId, scope.UserName, cancellationToken),
            AlarmCommand.Acknowledge => await store.AcknowledgeAsync(alarmId, scope.Actor, note, cancellationToken),
            AlarmCommand.Resolve when outcome is { } ended => await store.ResolveAsync(alarmId, scope.Actor, ended, note, cancellationToken),
            AlarmCommand.Resolve => throw new ArgumentException("Resolving needs an outcome.", nameof(outcome)),
        };
        if (result != AlarmActionResult.Done)
        {
            return new AlarmCommandResult(result, current);
        }

        var action = command switch
        {
            AlarmCommand.Claim => AuditActions.AlarmClaimed,
            AlarmCommand.Acknowledge => AuditActions.AlarmAcknowledged,
            AlarmCommand.Resolve => AuditActions.AlarmResolved,
        };
        await audit.RecordAsync(new AuditEntry(scope.UserName, action, "alarm", alarmId.ToString(), current.CaseId, remoteAddress,
            outcome is { } o ? $"{AlarmOutcomeCodes.Code(o)}: {note}" : note), cancellationToken);
        var updated = await queries.FindAsync(alarmId, cancellationToken);
        if (updated is not null)
        {
            await feed.AlarmChangedAsync(updated, cancellationToken);
        }

        return new AlarmCommandResult(AlarmActionResult.Done, updated);
    }
}
