namespace Amparo.Ingest.Gt06;

/// <summary>
/// GT06-family message types (the protocol number after the length). Several numbers mean different things on
/// different devices; <see cref="Gt06Layout"/> tells them apart by frame length and device model.
/// </summary>
public static class Gt06MessageTypes
{
    public const byte Login = 0x01;
    public const byte Gps = 0x10;
    public const byte GpsLbs6 = 0x11;
    public const byte GpsLbs1 = 0x12;
    public const byte Status = 0x13;
    /// <summary>Text reply to a command, or the ICCID.</summary>
    public const byte StringMessage = 0x15;
    public const byte GpsLbsStatus1 = 0x16;

    /// <summary>Wi-Fi scan (CRC-less layout), or GPS + LBS + RFID card on some trackers.</summary>
    public const byte Wifi = 0x17;
    public const byte LbsExtend = 0x18;
    public const byte LbsStatus = 0x19;
    public const byte GpsPhone = 0x1A;
    public const byte GpsLbsExtend = 0x1E;

    /// <summary>Text reply to a command (extended header only).</summary>
    public const byte StringInfo = 0x21;
    public const byte GpsLbs2 = 0x22;
    public const byte Heartbeat = 0x23;

    /// <summary>Seven cells; GPS + LBS + power on SR411-mini trackers.</summary>
    public const byte LbsMultiple3 = 0x24;

    /// <summary>GPS + LBS + status + driver card (XT40 and other NT-family trackers).</summary>
    public const byte GpsLbsDriver = 0x25;
    public const byte GpsLbsStatus2 = 0x26;
    public const byte GpsLbsStatus3 = 0x27;
    public const byte LbsMultiple1 = 0x28;
    public const byte AddressRequest = 0x2A;
    public const byte LbsWifi = 0x2C;
    public const byte GpsLbs4 = 0x2D;
    public const byte LbsMultiple2 = 0x2E;
    public const byte GpsLbs5 = 0x31;

    /// <summary>GPS + LBS + status; with the extended header, the AZ735 location report.</summary>
    public const byte GpsLbsStatus4 = 0x32;

    /// <summary>Six cells + Wi-Fi; with the extended header, the AZ735 alarm report.</summary>
    public const byte Wifi5 = 0x33;

    /// <summary>X1 GPS report (odometer, driver, power, inputs, ADC).</summary>
    public const byte X1Gps = 0x34;

    /// <summary>Status with modules (Jimi 4G); GPS + cell + status on VL-family trackers.</summary>
    public const byte Status2 = 0x36;
    public const byte GpsLbs3 = 0x37;
    public const byte IButton = 0x61;
    public const byte Wifi2 = 0x69;
    public const byte GpsModular = 0x70;
    public const byte Command0 = 0x80;
    public const byte Command1 = 0x81;
    public const byte Command2 = 0x82;
    public const byte TimeRequest = 0x8A;
    public const byte Obd = 0x8C;
    public const byte Info = 0x94;
    public const byte Alarm = 0x95;
    public const byte AddressResponse = 0x97;
    public const byte Serial = 0x9B;
    public const byte GpsLbs7 = 0xA0;
    public const byte Lbs2 = 0xA1;

    /// <summary>Seven 4G cells + Wi-Fi; GPS + 4G cell + status on LW4G trackers (length 0x40).</summary>
    public const byte Wifi3 = 0xA2;

    /// <summary>Single-geofence alarm with GPS; a short status report on other trackers.</summary>
    public const byte FenceSingle = 0xA3;
    public const byte FenceMulti = 0xA4;
    public const byte LbsAlarm = 0xA5;
    public const byte LbsAddress = 0xA7;
    public const byte DeviceStatus = 0xF1;
    public const byte Peripheral = 0xF2;
    public const byte Wifi4 = 0xF3;
}
