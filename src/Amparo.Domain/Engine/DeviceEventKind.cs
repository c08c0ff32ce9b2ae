namespace Amparo.Domain.Engine;

/// <summary>What a device can say about itself, whatever its protocol.</summary>
public enum DeviceEventKind
{
    /// <summary>Alive, nothing to report (status, heartbeat, a report without a fix).</summary>
    Heartbeat,
    StrapOpen,
    DeviceOpen,
    BraceletOutOfRange,
    BraceletInRange,
    Sos,
    PowerOff,
    LowBattery,
    /// <summary>The device's motion sensor says it moves (a reason to distrust a missing fix sooner).</summary>
    Moving,
}
