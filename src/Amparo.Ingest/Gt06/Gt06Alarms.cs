namespace Amparo.Ingest.Gt06;

/// <summary>GT06 alarm codes, named as the Traccar ecosystem names them (the corpus and our attributes use these names).</summary>
public static class Gt06Alarms
{
    public const string Sos = "sos";
    public const string PowerCut = "powerCut";
    public const string Vibration = "vibration";
    public const string LowBattery = "lowBattery";
    public const string Removing = "removing";
    public const string Tampering = "tampering";
    public const string General = "general";
    public const string Acceleration = "hardAcceleration";
    public const string Braking = "hardBraking";
    public const string Cornering = "hardCornering";
    public const string Accident = "accident";
    public const string Overspeed = "overspeed";
    public const string PowerOff = "powerOff";
    public const string Door = "door";
    public const string LowPower = "lowPower";
    public const string Temperature = "temperature";

    // The alarms the monitoring centre acts on, most urgent first (see DeviceEvents).
    private static readonly string[] ByUrgency = [Sos, Removing, Tampering, PowerCut, PowerOff, LowBattery];

    /// <summary>Higher for the alarms that matter more to the centre; 0 for the rest.</summary>
    internal static int Urgency(string alarm)
    {
        var index = Array.IndexOf(ByUrgency, alarm);
        return index < 0 ? 0 : ByUrgency.Length - index;
    }

    /// <summary>The alarm byte after the status block (with the language nibble above it in 0x27 / 0xA4).</summary>
    internal static string? FromCode(int code, Gt06Model model) => code switch
    {
        0x01 => Sos,
        0x02 => PowerCut,
        0x03 => Vibration,
        0x04 => "geofenceEnter",
        0x05 => "geofenceExit",
        0x06 => Overspeed,
        0x09 => model.IsVl ? "tow" : Vibration,
        0x0E or 0x0F => LowBattery,
        0x11 => PowerOff,
        0x0C or 0x13 or 0x25 or 0x32 => Tampering,
        0x14 => Door,
        0x18 => model.IsLw ? Accident : Removing,
        0x19 => model.IsLw ? Acceleration : LowBattery,
        0x1A or 0x27 => Braking,
        0x1B or 0x2A or 0x2B or 0x2E => Cornering,
        0x23 => "fallDown",
        0x26 => Acceleration,
        0x28 => model.IsSeeworld ? Cornering : model.IsVl ? PowerOff : Braking,
        0x29 => model.IsSeeworld ? Accident : Acceleration,
        0x2C => Accident,
        0x30 => model.IsVl ? Braking : "jamming",
        0x33 => "lock",
        0x34 => "unlock",
        0x53 => "fuelLeak",
        0x5B or 0x5C => Temperature,
        0xC9 => "idle",
        0x0107 or 0x010B => "jamming",
        _ => null,
    };

    /// <summary>Bits 3–5 of the terminal-information byte.</summary>
    internal static string? FromStatus(byte status, Gt06Layout layout) => ((status >> 3) & 0x07) switch
    {
        1 => Vibration,
        2 => PowerCut,
        3 => LowBattery,
        4 => Sos,
        6 => "geofence",
        7 => layout == Gt06Layout.Vxt01 ? Overspeed : Removing,
        _ => null,
    };

    /// <summary>The event byte of the 0x95 alarm message (JC100 / JC400 dash cameras).</summary>
    internal static string? FromAlarmEvent(byte code, bool withFix) => code switch
    {
        0x01 => withFix ? Sos : General,
        0x0E => LowPower,
        0x76 => Temperature,
        0x80 => Vibration,
        0x87 => Overspeed,
        0x88 => PowerCut,
        0x90 => Acceleration,
        0x91 => Braking,
        0x92 => Cornering,
        0x93 => Accident,
        _ => null,
    };
}
