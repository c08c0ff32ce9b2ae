using Amparo.Domain.Engine;

namespace Amparo.Data.Devices;

/// <summary>
/// What a device said about itself without a fix (strap opened, bracelet out of range, SOS…), kept so a case's
/// engine can be rebuilt after a restart and as evidence. Heartbeats are not rows: they only move <see cref="Device.LastSeenAt"/>.
/// </summary>
public sealed class DeviceEvent
{
    public long Id { get; set; }

    public Guid DeviceId { get; set; }

    /// <summary>When the device says it happened.</summary>
    public DateTime At { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DeviceEventKind Kind { get; set; }

    public int? BatteryPercent { get; set; }

    public string? RawFrame { get; set; }
}
