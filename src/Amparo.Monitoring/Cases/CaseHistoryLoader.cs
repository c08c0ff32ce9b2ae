using Amparo.Data.Database;
using Amparo.Domain.Engine;
using Amparo.Monitoring.Engine;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Monitoring.Cases;

/// <summary>
/// The recent reports of a case's devices, in time order, to rebuild its engine after an activation: fixes,
/// device events, and the last heartbeat (heartbeats are not kept one by one); of each device only since the party
/// wears it.
/// </summary>
public sealed class CaseHistoryLoader(IDbContextFactory<AmparoDbContext> contexts)
{
    /// <summary>Long enough for every state the engine keeps (battery drain is the longest, 12 h).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(12);

    private const int MaxPerDevice = 5_000;

    public async Task<IReadOnlyList<EngineInput>> LoadAsync(IEnumerable<CaseDevice> devices, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var window = now - Window;
        var inputs = new List<EngineInput>();
        await using var db = contexts.CreateDbContext();
        foreach (var device in devices)
        {
            var since = device.WornSince is { } worn && worn > window ? worn : window;
            var positions = await db.Positions.AsNoTracking()
                .Where(p => p.DeviceId == device.Id && p.FixTime >= since && p.FixTime <= now)
                .OrderByDescending(p => p.FixTime).Take(MaxPerDevice)
                .ToListAsync(cancellationToken);
            var events = await db.DeviceEvents.AsNoTracking()
                .Where(e => e.DeviceId == device.Id && e.At >= since && e.At <= now)
                .OrderByDescending(e => e.At).Take(MaxPerDevice)
                .ToListAsync(cancellationToken);
            var fromDevice = positions.Select(p => (EngineInput)EngineInputs.From(p)).Concat(events.Select(EngineInputs.From)).ToList();
            var lastSeen = await db.Devices.AsNoTracking().Where(d => d.Id == device.Id).Select(d => d.LastSeenAt).FirstOrDefaultAsync(cancellationToken);
            if (lastSeen is { } seen && seen >= since && seen <= now && !fromDevice.Any(i => i.At >= seen))
            {
                fromDevice.Add(new DeviceEventInput(device.Id, seen, DeviceEventKind.Heartbeat));
            }

            inputs.AddRange(fromDevice);
        }

        return inputs.OrderBy(i => i.At).ToList();
    }
}
