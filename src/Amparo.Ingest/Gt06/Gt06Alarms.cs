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

    /// <summary>The alarm byte that follows the status block.</summary>
    public static string? FromCode(byte code) => code switch
    {
        0x01 => Sos,
        0x02 => PowerCut,
        0x03 or 0x09 => Vibration,
        0x04 => "geofenceEnter",
        0x05 => "geofenceExit",
        0x06 => "overspeed",
        0x0E or 0x0F => LowBattery,
        0x11 => "powerOff",
        0x13 => Tampering,
        0x14 => "door",
        0x23 => "fallDown",
        0x29 => "hardAcceleration",
        0x2A or 0x2B => "hardCornering",
        0x2C => "accident",
        0x30 => "hardBraking",
        _ => null,
    };

    /// <summary>Bits 3–5 of the terminal-information byte.</summary>
    public static string? FromStatus(byte status) => ((status >> 3) & 0x07) switch
    {
        1 => Vibration,
        2 => PowerCut,
        3 => LowBattery,
        4 => Sos,
        6 => "geofence",
        7 => Removing,
        _ => null,
    };
}
