using Amparo.Data.Alarms;

namespace Amparo.Monitoring.Feed;

/// <summary>Where the engine announces what operators must see at once; the host pushes it to consoles and clients.</summary>
public interface IMonitoringFeed
{
    ValueTask AlarmChangedAsync(AlarmView alarm, CancellationToken cancellationToken);

    /// <summary>Nobody claimed the alarm in time: the supervisors of its jurisdiction are called.</summary>
    ValueTask AlarmEscalatedAsync(AlarmView alarm, CancellationToken cancellationToken);

    ValueTask PositionAsync(PositionNotice position, CancellationToken cancellationToken);
}
