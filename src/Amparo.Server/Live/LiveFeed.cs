using Amparo.Data.Alarms;
using Amparo.Monitoring.Feed;
using Amparo.Server.Cluster;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Live;

/// <summary>
/// Where the engine and the desks announce what operators must see at once. One server alone delivers here; in a
/// cluster each event goes to the live relay of every active silo, so an operator sees an alarm raised by a case
/// whose engine runs on another machine. Delivery is fire-and-forget: the queue of record is the database, which
/// every console reads again when it reconnects.
/// </summary>
public sealed class LiveFeed(LiveDelivery local, IOptions<OrleansOptions> orleans, IServiceProvider services) : IMonitoringFeed
{
    private readonly bool _clustered = orleans.Value.Clustering == OrleansClustering.Database;

    // Resolved at the first event: the membership it reads belongs to the silo, which starts after this feed's users.
    private readonly Lazy<LiveRelays> _relays = new(services.GetRequiredService<LiveRelays>);

    public ValueTask AlarmChangedAsync(AlarmView alarm, CancellationToken cancellationToken) => _clustered
        ? ToEverySilo(relay => relay.AlarmChanged(alarm))
        : local.AlarmChangedAsync(alarm, cancellationToken);

    public ValueTask AlarmEscalatedAsync(AlarmView alarm, CancellationToken cancellationToken) => _clustered
        ? ToEverySilo(relay => relay.AlarmEscalated(alarm))
        : local.AlarmEscalatedAsync(alarm, cancellationToken);

    public ValueTask PositionAsync(PositionNotice position, CancellationToken cancellationToken) => _clustered
        ? ToEverySilo(relay => relay.Position(position))
        : local.PositionAsync(position, cancellationToken);

    /// <summary>A police unit moved or changed availability: to the consoles and hub clients of its jurisdiction.</summary>
    public ValueTask PoliceUnitAsync(PoliceUnitNotice unit, CancellationToken cancellationToken) => _clustered
        ? ToEverySilo(relay => relay.PoliceUnit(unit))
        : local.PoliceUnitAsync(unit, cancellationToken);

    private ValueTask ToEverySilo(Func<ILiveRelayGrain, Task> send)
    {
        foreach (var relay in _relays.Value.Active())
        {
            // One-way calls: they return at once, and a silo that just died only loses its own copy.
            _ = send(relay);
        }

        return ValueTask.CompletedTask;
    }
}
