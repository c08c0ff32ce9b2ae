namespace Amparo.Domain.Engine;

/// <summary>Maps the alarm names of the tracker protocols (Traccar's vocabulary) to the engine's device events.</summary>
public static class DeviceEvents
{
    public static DeviceEventKind? FromProtocolAlarm(string? alarm) => alarm switch
    {
        "sos" => DeviceEventKind.Sos,
        "removing" => DeviceEventKind.StrapOpen,
        "tampering" => DeviceEventKind.DeviceOpen,
        "powerCut" or "powerOff" => DeviceEventKind.PowerOff,
        "lowBattery" => DeviceEventKind.LowBattery,
        "vibration" or "movement" => DeviceEventKind.Moving,
        // Not in Traccar's vocabulary: Amparo's own names, sent over OsmAnd by a bracelet's bridge or the victim's app.
        "braceletOutOfRange" => DeviceEventKind.BraceletOutOfRange,
        "braceletInRange" => DeviceEventKind.BraceletInRange,
        "strapOpen" => DeviceEventKind.StrapOpen,
        "deviceOpen" => DeviceEventKind.DeviceOpen,
        _ => null,
    };

    /// <summary>The names of the replay scenario format.</summary>
    public static DeviceEventKind? FromScenarioName(string name) => name switch
    {
        "strap_open" => DeviceEventKind.StrapOpen,
        "device_open" => DeviceEventKind.DeviceOpen,
        "bracelet_out_of_range" => DeviceEventKind.BraceletOutOfRange,
        "bracelet_in_range" => DeviceEventKind.BraceletInRange,
        "sos" => DeviceEventKind.Sos,
        "power_off" => DeviceEventKind.PowerOff,
        "low_battery" => DeviceEventKind.LowBattery,
        "heartbeat" => DeviceEventKind.Heartbeat,
        "moving" => DeviceEventKind.Moving,
        _ => null,
    };
}
