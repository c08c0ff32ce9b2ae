using Amparo.Data.Alarms;

namespace Amparo.Monitoring.Feed;

/// <summary>Where the engine announces what operators must see at once; the host pushes it to consoles and clients.</summary>
public interface IMonitoringFeed
{
    ValueTask AlarmChangedAsync(AlarmView alarm, CancellationToken cancellationToken);

    ValueTask PositionAsync(PositionNotice position, CancellationToken cancellationToken);
}
