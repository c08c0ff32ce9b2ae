using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Data.Positions;
using Amparo.Domain.Alarms;
using Amparo.Domain.Engine;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Cases;

/// <summary>Reads the health of a case's devices: per device its last fix and latest events, for all of them the open technical alarms.</summary>
internal static class DeviceHealthReader
{
    private const int RecentEventCount = 5;

    public static async Task<Dictionary<Guid, DeviceHealth>> ReadAsync(
        AmparoDbContext db, Guid caseId, IReadOnlyCollection<(Device Device, DateTime WornSince)> devices, CancellationToken cancellationToken)
    {
        var subjects = devices.Select(d => d.Device.Id).Select(id => AlarmSubject.Of(id)).ToList();
        var alarms = await db.Alarms.AsNoTracking()
            .Where(a => a.CaseId == caseId && a.State != AlarmState.Resolved && subjects.Contains(a.Subject))
            .Select(a => new { a.Subject, a.Type })
            .ToListAsync(cancellationToken);
        var health = new Dictionary<Guid, DeviceHealth>();
        // Only what the device said while this case's party wore it: a reused device's past belongs to another case.
        foreach (var (device, since) in devices)
        {
            var last = await db.Positions.AsNoTracking()
                .Where(p => p.DeviceId == device.Id && p.FixTime >= since)
                .OrderByDescending(p => p.FixTime)
                .FirstOrDefaultAsync(cancellationToken);
            var events = await db.DeviceEvents.AsNoTracking()
                .Where(e => e.DeviceId == device.Id && e.At >= since && e.Kind != DeviceEventKind.Heartbeat)
                .OrderByDescending(e => e.At).Take(RecentEventCount)
                .ToListAsync(cancellationToken);
            var subject = AlarmSubject.Of(device.Id);
            health[device.Id] = Combine(device, since, last, events,
                alarms.Where(a => a.Subject == subject).Select(a => AlarmTypeInfo.For(a.Type).Code).ToList());
        }

        return health;
    }

    private static DeviceHealth Combine(Device device, DateTime wornSince, Position? last, List<DeviceEvent> events, IReadOnlyList<string> openAlarms)
    {
        // The device's last heartbeat, battery and signal are its own, not the case's, until it reports while worn here.
        var seenHere = device.LastSeenAt is { } seen && seen >= wornSince ? seen : (DateTime?)null;
        var battery = seenHere is null ? null : device.LastBatteryPercent;
        var signal = seenHere is null ? null : device.LastSignal;
        // A heartbeat after the last fix speaks for the device's battery and signal; otherwise the fix does.
        var heartbeatIsNewer = seenHere is { } heard && (last is null || heard > last.ServerTime);
        var attributes = Attributes(last);
        var fixBattery = last?.BatteryPercent is { } b ? (int?)Math.Round(b) : null;
        var fixSignal = Number(attributes, "rssi");
        var lastReport = heartbeatIsNewer ? seenHere : last?.ServerTime ?? seenHere;
        return new DeviceHealth(
            device.Id, device.UniqueId, device.Kind.ToString(), device.Model, device.Protocol.ToString(),
            lastReport, last?.FixTime, last?.Valid, Number(attributes, "sat"),
            heartbeatIsNewer ? battery ?? fixBattery : fixBattery ?? battery,
            heartbeatIsNewer ? signal ?? fixSignal : fixSignal ?? signal,
            events.Select(e => new DeviceEventView(e.Kind.ToString(), e.At, e.BatteryPercent)).ToList(),
            openAlarms);
    }

    private static JsonElement? Attributes(Position? position)
    {
        if (position?.Attributes is not { } json)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? Number(JsonElement? attributes, string name) =>
        attributes is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var value) && value.TryGetInt32(out var n) ? n : null;
}
