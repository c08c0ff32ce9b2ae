using System.Globalization;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Domain.Devices;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Cluster;

/// <summary>GT06 trackers registered as stock (no case), run together, and checked against what the database holds.</summary>
public sealed class TrackerFleet
{
    private readonly Dictionary<Guid, FailoverTracker> _byDevice;

    private TrackerFleet(Dictionary<Guid, FailoverTracker> byDevice) => _byDevice = byDevice;

    public IReadOnlyCollection<FailoverTracker> Trackers => _byDevice.Values;

    public static async Task<TrackerFleet> RegisterAsync(Func<AmparoDbContext> database, int count, IReadOnlyList<int> ports)
    {
        await using var db = database();
        var prefix = Random.Shared.Next(100, 999).ToString(CultureInfo.InvariantCulture);
        var trackers = new Dictionary<Guid, FailoverTracker>();
        for (var n = 0; n < count; n++)
        {
            var imei = "86" + prefix + n.ToString("D10", CultureInfo.InvariantCulture);
            var id = Guid.CreateVersion7();
            db.Devices.Add(new Device { Id = id, UniqueId = imei, Protocol = DeviceProtocol.Gt06, Kind = DeviceKind.AggressorTracker, Label = "prueba de fallos", CreatedAt = DateTime.UtcNow });
            trackers[id] = new FailoverTracker(imei, ports);
        }

        await db.SaveChangesAsync();
        return new TrackerFleet(trackers);
    }

    /// <summary>Every tracker sends until <paramref name="stop"/>; fix times start an hour back, a second apart.</summary>
    public Task RunAsync(TimeSpan pause, CancellationToken stop)
    {
        var first = DateTime.UtcNow.AddHours(-1);
        first = first.AddTicks(-(first.Ticks % TimeSpan.TicksPerSecond));
        return Task.WhenAll(Trackers.Select(t => Task.Run(() => t.RunAsync(first, pause, stop), CancellationToken.None)));
    }

    /// <returns>How many fixes were acknowledged, and which of them the database does not hold.</returns>
    public async Task<(int Acknowledged, IReadOnlyList<string> Missing)> CheckStoredAsync(Func<AmparoDbContext> database)
    {
        await using var db = database();
        var ids = _byDevice.Keys.ToList();
        var stored = (await db.Positions.AsNoTracking().Where(p => ids.Contains(p.DeviceId)).Select(p => new { p.DeviceId, p.FixTime }).ToListAsync())
            .Select(p => (p.DeviceId, p.FixTime.ToUniversalTime())).ToHashSet();
        var missing = new List<string>();
        var acknowledged = 0;
        foreach (var (device, tracker) in _byDevice)
        {
            foreach (var ack in tracker.Acknowledged)
            {
                acknowledged++;
                if (!stored.Contains((device, ack.FixTime)))
                {
                    missing.Add($"{tracker.Imei} {ack.FixTime:O} (ack from port {ack.Port} at {ack.At:O})");
                }
            }
        }

        return (acknowledged, missing);
    }
}
