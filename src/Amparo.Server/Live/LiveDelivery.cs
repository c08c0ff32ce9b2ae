using Amparo.Data.Alarms;
using Amparo.Domain.People;
using Amparo.Monitoring.Feed;
using Microsoft.AspNetCore.SignalR;

namespace Amparo.Server.Live;

/// <summary>
/// Delivers live events to the hub clients connected to this server (by jurisdiction group) and to the console's
/// circuits in this process (which filter by their user's scope). Everything else reaches it through
/// <see cref="LiveFeed"/>, which in a cluster brings every event to this class on every silo.
/// </summary>
public sealed class LiveDelivery(IHubContext<MonitoringHub> hub)
{
    public event Action<AlarmView>? AlarmChanged;

    public event Action<PositionNotice>? PositionReceived;

    public event Action<PoliceUnitNotice>? PoliceUnitReported;

    public async ValueTask AlarmChangedAsync(AlarmView alarm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        AlarmChanged?.Invoke(alarm);
        await hub.Clients.Groups(LiveGroups.Alarms(alarm.JurisdictionId, true), LiveGroups.Alarms(null, true))
            .SendAsync("alarm", alarm, cancellationToken);
        await hub.Clients.Groups(LiveGroups.Alarms(alarm.JurisdictionId, false), LiveGroups.Alarms(null, false))
            .SendAsync("alarm", alarm.For(seesVictimLocation: false), cancellationToken);
    }

    public async ValueTask AlarmEscalatedAsync(AlarmView alarm, CancellationToken cancellationToken)
    {
        await AlarmChangedAsync(alarm, cancellationToken);
        await hub.Clients.Groups(LiveGroups.Supervisors(alarm.JurisdictionId), LiveGroups.Supervisors(null))
            .SendAsync("escalation", alarm, cancellationToken);
    }

    public async ValueTask PositionAsync(PositionNotice position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        PositionReceived?.Invoke(position);
        var groups = position.Role == PartyRole.Victim
            ? new[] { LiveGroups.VictimPositions(position.JurisdictionId), LiveGroups.VictimPositions(null) }
            : [LiveGroups.Cases(position.JurisdictionId), LiveGroups.National];
        await hub.Clients.Groups(groups).SendAsync("position", position, cancellationToken);
    }

    /// <summary>A police unit moved or changed availability: to the consoles and hub clients of its jurisdiction.</summary>
    public async ValueTask PoliceUnitAsync(PoliceUnitNotice unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        PoliceUnitReported?.Invoke(unit);
        await hub.Clients.Groups(LiveGroups.Cases(unit.JurisdictionId), LiveGroups.National)
            .SendAsync("policeUnit", unit, cancellationToken);
    }
}
