using Amparo.Data.Alarms;
using Amparo.Data.Protocols;
using Amparo.Domain.Alarms;
using Amparo.Server.AlarmResponse;
using Amparo.Server.Auth;

namespace Amparo.Server.Alarms;

/// <summary>Builds an alarm's detail for one user, for the API and the console's alarm page alike.</summary>
public sealed class AlarmDetails(AlarmQueries queries, ProtocolStore protocols, CallablePartyQueries parties)
{
    public async Task<AlarmDetail?> GetAsync(Guid alarmId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var alarm = await queries.FindAsync(alarmId, cancellationToken);
        if (alarm is null || !scope.CanSee(alarm.JurisdictionId) || AlarmTypeInfo.FromCode(alarm.Type) is not { } info)
        {
            return null;
        }

        var actions = await queries.ActionsAsync(alarmId, cancellationToken);
        var protocol = await protocols.GetAsync(info.Type, cancellationToken);
        var steps = protocol.Protocol.Steps.Select(step =>
        {
            var last = actions.LastOrDefault(a => a.Kind == AlarmActionKind.StepRecorded && a.Step == step.Code);
            return new ProtocolStepStatus(step.Code, step.Kind, step.Es, step.En, step.Required, last?.Result, last?.At, last?.UserName, last?.Note);
        }).ToList();
        var views = actions.Select(a => new AlarmActionView(a.Kind.ToString(), a.At, a.UserName, a.Note, a.Step, a.Result,
            scope.SeesVictimLocation || !CallParties.RevealsVictim(a.Target) ? a.Target : a.Target!.Split(' ')[0])).ToList();
        return new AlarmDetail(alarm.For(scope.SeesVictimLocation), views, new AlarmProtocolView(alarm.Type, protocol.Custom, steps),
            await parties.ForCaseAsync(alarm.CaseId, scope, cancellationToken));
    }
}
