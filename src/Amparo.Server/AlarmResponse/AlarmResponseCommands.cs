using Amparo.Data.Alarms;
using Amparo.Data.Audit;
using Amparo.Data.Protocols;
using Amparo.Domain.Alarms;
using Amparo.Monitoring.Feed;
using Amparo.Server.Auth;

namespace Amparo.Server.AlarmResponse;

/// <summary>
/// Records the operator's work on an alarm she took, from the console or the API alike: a protocol step or a call
/// attempt. Checks her scope, the step and the number, writes the alarm's record and the audit trail, and tells
/// every other console.
/// </summary>
public sealed class AlarmResponseCommands(
    AlarmQueries queries, AlarmResponseLog log, ProtocolStore protocols, CallablePartyQueries parties, AuditLog audit, IMonitoringFeed feed)
{
    public async Task<AlarmResponseResult> RecordStepAsync(Guid alarmId, StepRecord record, UserScope scope, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var alarm = await WorkedAlarmAsync(alarmId, scope, cancellationToken);
        if (alarm.Result is not AlarmResponseResult.Done)
        {
            return alarm.Result;
        }

        var type = AlarmTypeInfo.FromCode(alarm.View!.Type)!.Type;
        var protocol = await protocols.GetAsync(type, cancellationToken);
        if (protocol.Protocol.Steps.All(s => s.Code != record.Step))
        {
            return AlarmResponseResult.UnknownStep;
        }

        var action = new AlarmAction
        {
            AlarmId = alarmId, Kind = AlarmActionKind.StepRecorded, UserName = scope.UserName, Note = record.Note,
            Step = record.Step, Result = record.Result.ToString(),
        };
        return await WriteAsync(alarm.View, action, AuditActions.AlarmStepRecorded, $"{record.Step}: {record.Result}", scope, remoteAddress, cancellationToken);
    }

    public async Task<AlarmResponseResult> RecordCallAsync(Guid alarmId, CallRecord record, UserScope scope, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var alarm = await WorkedAlarmAsync(alarmId, scope, cancellationToken);
        if (alarm.Result is not AlarmResponseResult.Done)
        {
            return alarm.Result;
        }

        var callable = await parties.ForCaseAsync(alarm.View!.CaseId, scope, cancellationToken);
        var (known, target) = record.Party switch
        {
            CallParties.Contact => callable.SelectMany(p => p.Contacts).FirstOrDefault(c => c.Id == record.ContactId) is { } contact
                ? (new[] { contact.Phone }, $"{CallParties.Contact} {contact.Name} {record.Phone}")
                : (null, ""),
            _ => callable.FirstOrDefault(p => p.Party == record.Party) is { } party
                ? (party.Phones.ToArray(), $"{party.Party} {record.Phone}")
                : (null, ""),
        };
        if (known is null)
        {
            return AlarmResponseResult.UnknownParty;
        }

        if (!known.Any(phone => PhoneNumbers.Same(phone, record.Phone)))
        {
            return AlarmResponseResult.UnknownPhone;
        }

        var action = new AlarmAction
        {
            AlarmId = alarmId, Kind = AlarmActionKind.CallAttempt, UserName = scope.UserName, Note = record.Note,
            Result = record.Outcome.ToString(), Target = target,
        };
        return await WriteAsync(alarm.View, action, AuditActions.AlarmCallLogged, $"{target}: {record.Outcome}", scope, remoteAddress, cancellationToken);
    }

    private async Task<(AlarmResponseResult Result, AlarmView? View)> WorkedAlarmAsync(Guid alarmId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var alarm = await queries.FindAsync(alarmId, cancellationToken);
        if (alarm is null || !scope.CanSee(alarm.JurisdictionId) || !scope.HandlesAlarms || AlarmTypeInfo.FromCode(alarm.Type) is null)
        {
            return (AlarmResponseResult.NotFound, null);
        }

        return !AlarmResponseLog.IsBeingWorked(alarm.State) ? (AlarmResponseResult.NotBeingWorked, alarm)
            : !scope.MayWork(alarm) ? (AlarmResponseResult.HeldByAnother, alarm)
            : (AlarmResponseResult.Done, alarm);
    }

    private async Task<AlarmResponseResult> WriteAsync(
        AlarmView alarm, AlarmAction action, string auditAction, string summary, UserScope scope, string? remoteAddress, CancellationToken cancellationToken)
    {
        var written = await log.RecordAsync(action, cancellationToken);
        if (written != AlarmActionResult.Done)
        {
            return written == AlarmActionResult.NotFound ? AlarmResponseResult.NotFound : AlarmResponseResult.NotBeingWorked;
        }

        await audit.RecordAsync(new AuditEntry(scope.UserName, auditAction, "alarm", alarm.Id.ToString(), alarm.CaseId, remoteAddress,
            action.Note is { Length: > 0 } note ? $"{summary}: {note}" : summary), cancellationToken);
        if (await queries.FindAsync(alarm.Id, cancellationToken) is { } updated)
        {
            await feed.AlarmChangedAsync(updated, cancellationToken);
        }

        return AlarmResponseResult.Done;
    }
}
