using Amparo.Domain.Geo;

namespace Amparo.Domain.Engine;

/// <summary>Something a device of the case reported, at the time it happened.</summary>
public abstract record EngineInput(Guid DeviceId, DateTime At);

/// <summary>A report with a position (valid or not) and what else the device said with it.</summary>
public sealed record FixInput(
    Guid DeviceId,
    DateTime At,
    GeoPoint Point,
    bool Valid,
    double? AccuracyMetres = null,
    int? BatteryPercent = null,
    bool? Moving = null,
    string? RawFrame = null) : EngineInput(DeviceId, At);

/// <summary>
/// A report without a fix: a heartbeat, or an event such as a strap opening or an SOS, with the name the device's
/// protocol gave it (<c>DeviceAlarm</c>, kept as evidence).
/// </summary>
public sealed record DeviceEventInput(
    Guid DeviceId,
    DateTime At,
    DeviceEventKind Event,
    int? BatteryPercent = null,
    string? RawFrame = null,
    string? DeviceAlarm = null) : EngineInput(DeviceId, At);
