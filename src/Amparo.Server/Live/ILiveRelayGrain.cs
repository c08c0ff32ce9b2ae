using Amparo.Data.Alarms;
using Amparo.Monitoring.Feed;
using Orleans.Concurrency;

namespace Amparo.Server.Live;

/// <summary>One per silo (keyed by its address): hands cluster-wide live events to that silo's <see cref="LiveDelivery"/>.</summary>
public interface ILiveRelayGrain : IGrainWithStringKey
{
    [OneWay]
    Task AlarmChanged(AlarmView alarm);

    [OneWay]
    Task AlarmEscalated(AlarmView alarm);

    [OneWay]
    Task Position(PositionNotice position);

    [OneWay]
    Task PoliceUnit(PoliceUnitNotice unit);
}
