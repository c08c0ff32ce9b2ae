using Keys = Amparo.Ingest.Gt06.Gt06Contents.Keys;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// 0x70 (extended): a list of modules (id, length, value). Module 0x33 is the fix; without it the message is a
/// status report. Each module is read within its own length, so an unknown or odd module cannot shift the rest.
/// </summary>
internal static class Gt06ModularMessage
{
    public static void Read(ref Gt06Reader reader, Gt06Contents contents)
    {
        while (reader.Remaining > 0)
        {
            var id = reader.UInt16();
            var module = new Gt06Reader(reader.Bytes(reader.UInt16()));
            ReadModule(id, ref module, contents);
        }
    }

    private static void ReadModule(ushort id, ref Gt06Reader module, Gt06Contents contents)
    {
        switch (id)
        {
            case 0x03:
                contents.Set(Keys.Iccid, module.Hex(10));
                break;
            case 0x09:
                contents.Set(Keys.Satellites, (int)module.Byte());
                break;
            case 0x0A:
                contents.Set("satVisible", (int)module.Byte());
                break;
            case 0x11:
                var (mcc, mnc, lac, cellId) = (module.UInt16(), module.UInt16(), module.UInt16(), module.UInt24());
                if (cellId > 0)
                {
                    contents.SetCell(mcc, mnc, lac, cellId);
                }

                break;
            case 0x18:
                contents.Set(Keys.Battery, module.UInt16() / 100.0);
                break;
            case 0x28:
                contents.Set("hdop", module.Byte() / 10.0);
                break;
            case 0x29:
                contents.Set("index", (long)module.UInt32());
                break;
            case 0x2A:
                var input = module.Byte();
                contents.Set(Keys.Door, (input & 0x0F) > 0);
                contents.Set("tamper", (input >> 4) > 0);
                break;
            case 0x2B:
                contents.Set("bootReason", (int)module.Byte());
                break;
            case 0x2E:
                contents.Set(Keys.Odometer, (long)module.UInt32LittleEndian());
                break;
            case 0x33:
                ReadFix(ref module, contents);
                break;
            case 0x34:
                var code = module.Byte();
                contents.Set(Keys.Event, (int)code);
                contents.AddAlarm(EventAlarm(code));
                break;
            case 0x7F:
                ReadTag(ref module, contents);
                break;
            default:
                break;
        }
    }

    private static void ReadFix(ref Gt06Reader module, Gt06Contents contents)
    {
        var time = Gt06Dates.FromUnixSeconds(module.UInt32());
        contents.Set(Keys.Satellites, (int)module.Byte());
        contents.Altitude = module.Int16();
        var latitude = module.UInt32() / 60.0 / 30000.0;
        var longitude = module.UInt32() / 60.0 / 30000.0;
        var speedKmh = module.Byte();
        contents.Fix = Gt06LocationReader.Fix(time, latitude, longitude, speedKmh, module.UInt16());
    }

    /// <summary>A Bluetooth sensor tag: id, battery, temperature, humidity, status.</summary>
    private static void ReadTag(ref Gt06Reader module, Gt06Contents contents)
    {
        contents.Set("tag1Id", module.Hex(6));
        contents.Set("tag1Battery", module.UInt16() / 1000.0);
        contents.Set("tag1BatteryLevel", (int)module.Byte());
        contents.Set("tag1Temp", module.Int16() / 10.0);
        contents.Set("tag1Humidity", (int)module.Int16());
        contents.Set("tag1Status", (int)module.Byte());
    }

    private static string? EventAlarm(byte code) => code switch
    {
        0x10 => Gt06Alarms.Door,
        0x12 => Gt06Alarms.Removing,
        0x14 => "geofenceEnter",
        0x15 => "geofenceExit",
        0x16 => Gt06Alarms.Temperature,
        0x1A => Gt06Alarms.LowBattery,
        0x1B => Gt06Alarms.Overspeed,
        0x1C => "powerOn",
        0x1D => Gt06Alarms.PowerOff,
        0x20 => Gt06Alarms.Vibration,
        0x21 => Gt06Alarms.PowerCut,
        0x23 => Gt06Alarms.Tampering,
        _ => null,
    };
}
