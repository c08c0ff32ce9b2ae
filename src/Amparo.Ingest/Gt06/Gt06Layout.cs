using static Amparo.Ingest.Gt06.Gt06MessageTypes;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// Clone layouts of the short-header (0x7878) messages, recognised, as in Traccar, by message type and length byte.
/// </summary>
internal enum Gt06Layout
{
    Standard,

    /// <summary>VXT01: power and signal after the cell in 0x12; no alarm byte in 0x16.</summary>
    Vxt01,

    /// <summary>SR411 mini: 0x24 is GPS + LBS + ignition, power, battery.</summary>
    Sr411Mini,

    /// <summary>Benway: an input/temperature mask after the cell in 0x12.</summary>
    Benway,

    /// <summary>S5: status, power, oil, temperature and odometer after the cell in 0x12.</summary>
    S5,

    /// <summary>OBD6: a 0x13 status with satellites, battery level, power and temperature.</summary>
    Obd6,

    /// <summary>WeTrust: odometer, card and driving time after the cell in 0x12.</summary>
    Wetrust,

    /// <summary>SL4X: two-byte MNC and long cell ids, altitude at the end.</summary>
    Sl4x,

    /// <summary>Seeworld: four-byte cell id; environment data in 0x22; a short 0xA3 status.</summary>
    Seeworld,

    /// <summary>0x17 as GPS + LBS + RFID card instead of a Wi-Fi scan.</summary>
    Rfid,

    /// <summary>LW4G: 0xA2 as GPS + 4G cell + status, odometer and hours instead of a Wi-Fi scan.</summary>
    Lw4g,
}

internal static class Gt06Layouts
{
    public static Gt06Layout Of(byte type, int length) => (type, length) switch
    {
        (GpsLbs1 or GpsLbsStatus1, 0x24) => Gt06Layout.Vxt01,
        (LbsMultiple3, 0x2E) => Gt06Layout.Sr411Mini,
        (GpsLbs1, 0x21) => Gt06Layout.Benway,
        (GpsLbs1, 0x2B) => Gt06Layout.S5,
        (Status, 0x13) => Gt06Layout.Obd6,
        (GpsLbs1, 0x29) => Gt06Layout.Wetrust,
        (X1Gps, 0x37) or (GpsLbs5, 0x2A) or (GpsLbsStatus4, 0x27 or 0x29) => Gt06Layout.Sl4x,
        (GpsLbs2, 0x2F) or (GpsLbsStatus1, 0x26) or (FenceSingle, 0x0C) => Gt06Layout.Seeworld,
        (Wifi, 0x28) => Gt06Layout.Rfid,
        (Wifi3, 0x40) => Gt06Layout.Lw4g,
        _ => Gt06Layout.Standard,
    };
}
