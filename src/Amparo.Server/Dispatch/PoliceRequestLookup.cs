using Amparo.Data.Alarms;
using Amparo.Data.Dispatch;
using Amparo.Server.Auth;

namespace Amparo.Server.Dispatch;

/// <summary>A police request with its alarm, when the user may see the alarm's jurisdiction; reading its position is audited when it is the victim's.</summary>
public sealed class PoliceRequestLookup(DispatchQueries requests, AlarmQueries alarms, AlarmPositionReader positions)
{
    public async Task<(DispatchRequest Request, AlarmView Alarm)?> FindAsync(
        Guid requestId, UserScope scope, string purpose, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var request = await requests.FindAsync(requestId, cancellationToken);
        var alarm = request is null ? null : await alarms.FindAsync(request.AlarmId, cancellationToken);
        if (request is null || alarm is null || !scope.CanSee(alarm.JurisdictionId))
        {
            return null;
        }

        await positions.ReadAsync(alarm, scope, purpose, remoteAddress, cancellationToken);
        return (request, alarm);
    }

    public async Task<IReadOnlyList<PoliceRequestView>?> ForAlarmAsync(Guid alarmId, UserScope scope, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var alarm = await alarms.FindAsync(alarmId, cancellationToken);
        if (alarm is null || !scope.CanSee(alarm.JurisdictionId))
        {
            return null;
        }

        var found = await requests.ForAlarmAsync(alarmId, cancellationToken);
        if (found.Count > 0)
        {
            await positions.ReadAsync(alarm, scope, "Solicitudes a la policía de la alarma", remoteAddress, cancellationToken);
        }

        return found.Select(PoliceRequestView.From).ToList();
    }
}
