using Amparo.Data.Alarms;
using Amparo.Domain.Alarms;
using Amparo.Domain.Dispatch;
using Amparo.Domain.People;
using Amparo.Server.Audit;
using Amparo.Server.Auth;

namespace Amparo.Server.Dispatch;

/// <summary>The alarm's position the police are sent to; when it is the victim's, the read is audited before it is used.</summary>
public sealed class AlarmPositionReader(VictimLocationAudit audit)
{
    public async Task<DispatchPosition?> ReadAsync(AlarmView alarm, UserScope scope, string purpose, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        var type = AlarmTypeInfo.FromCode(alarm.Type)?.Type;
        var position = type is { } known ? DispatchPosition.Choose(known, alarm.Evidence) : null;
        if (position?.Party == PartyRole.Victim)
        {
            await audit.RecordReadAsync(scope, alarm.CaseId, $"{purpose} (alarma {alarm.Id})", remoteAddress, cancellationToken);
        }

        return position;
    }
}
