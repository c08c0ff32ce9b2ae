using System.Collections.Concurrent;
using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Devices;

/// <summary>
/// Keeps what devices say without a fix: each event as a row (a retried frame is absorbed), and a heartbeat as
/// the device's last-seen time with the battery and signal it reported, written at most once per
/// <see cref="LastSeenResolution"/> per device.
/// </summary>
public sealed class DeviceEventLog(IDbContextFactory<AmparoDbContext> contexts)
{
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<Guid, DateTime> _lastSeenWritten = new();

    public async Task RecordAsync(DeviceEvent deviceEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deviceEvent);
        if (await ExistsAsync(deviceEvent, cancellationToken))
        {
            return;
        }

        await using var db = contexts.CreateDbContext();
        db.DeviceEvents.Add(deviceEvent);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same frame, retried, may have raced its first copy in: then it is stored once, and that is fine.
            if (!await ExistsAsync(deviceEvent, cancellationToken))
            {
                throw;
            }
        }
    }

    public async Task SeenAsync(Guid deviceId, DateTime at, int? batteryPercent, int? signal, CancellationToken cancellationToken)
    {
        if (_lastSeenWritten.TryGetValue(deviceId, out var written) && at - written < LastSeenResolution)
        {
            return;
        }

        await using var db = contexts.CreateDbContext();
        await db.Devices.Where(d => d.Id == deviceId && (d.LastSeenAt == null || d.LastSeenAt < at))
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.LastSeenAt, at)
                    .SetProperty(d => d.LastBatteryPercent, d => batteryPercent ?? d.LastBatteryPercent)
                    .SetProperty(d => d.LastSignal, d => signal ?? d.LastSignal),
                cancellationToken);
        _lastSeenWritten[deviceId] = at;
    }

    private async Task<bool> ExistsAsync(DeviceEvent deviceEvent, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.DeviceEvents.AnyAsync(e => e.DeviceId == deviceEvent.DeviceId && e.At == deviceEvent.At && e.Kind == deviceEvent.Kind, cancellationToken);
    }
}
