using Amparo.Data.Alarms;
using Amparo.Monitoring.Feed;
using Amparo.Server.Cluster;

namespace Amparo.Server.Live;

/// <summary>Runs on the silo its key names, so the <see cref="LiveDelivery"/> it is given is that silo's own.</summary>
[SiloPinnedPlacement]
public sealed class LiveRelayGrain(LiveDelivery delivery) : Grain, ILiveRelayGrain
{
    public Task AlarmChanged(AlarmView alarm) => delivery.AlarmChangedAsync(alarm, CancellationToken.None).AsTask();

    public Task AlarmEscalated(AlarmView alarm) => delivery.AlarmEscalatedAsync(alarm, CancellationToken.None).AsTask();

    public Task Position(PositionNotice position) => delivery.PositionAsync(position, CancellationToken.None).AsTask();

    public Task PoliceUnit(PoliceUnitNotice unit) => delivery.PoliceUnitAsync(unit, CancellationToken.None).AsTask();
}
