namespace Amparo.Server.Cases;

/// <summary>
/// How a device is doing, from the last thing it said: a fix (its time, whether GPS was valid, satellites) or a
/// heartbeat, whichever came last, with the battery and GSM signal it last reported, its latest events and the
/// technical alarms open about it.
/// </summary>
public sealed record DeviceHealth(
    Guid DeviceId,
    string UniqueId,
    string Kind,
    string? Model,
    string Protocol,
    DateTime? LastReportAt,
    DateTime? LastFixAt,
    bool? LastFixValid,
    int? Satellites,
    int? BatteryPercent,
    int? Signal,
    IReadOnlyList<DeviceEventView> RecentEvents,
    IReadOnlyList<string> OpenAlarms);
