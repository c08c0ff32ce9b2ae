using Keys = Amparo.Ingest.Gt06.Gt06Contents.Keys;

namespace Amparo.Ingest.Gt06;

/// <summary>Status and heartbeat messages: 0x13, 0x23, 0x36 (modules), 0xF1 (device status) and 0xF2 (peripherals).</summary>
internal static class Gt06StatusMessages
{
    /// <summary>0x13: the status block; OBD6 trackers send satellites, battery level, power and temperature instead.</summary>
    public static void ReadStatus(ref Gt06Reader reader, Gt06Contents contents, Gt06Context context)
    {
        if (context.Layout != Gt06Layout.Obd6)
        {
            Gt06StatusReader.ReadBlock(ref reader, contents, context);
            return;
        }

        Gt06StatusReader.ReadTerminalInfo(reader.Byte(), contents, context.Layout);
        var signal = reader.UInt16();
        contents.Set(Keys.Satellites, ((signal >> 10) & 0x1F) + ((signal >> 5) & 0x1F));
        contents.Set(Keys.Rssi, signal & 0x1F);
        contents.AddAlarm(Gt06Alarms.FromCode(reader.Byte(), context.Model));
        reader.Skip(1); // language
        contents.Set(Keys.BatteryLevel, (int)reader.Byte());
        var mode = reader.Byte();
        contents.Set(Keys.Power, reader.UInt16() / 100.0);
        reader.Skip(1 + 2); // reserved, working time
        if (mode == 4)
        {
            contents.Set(Keys.Temperature1, reader.Int16() / 10.0);
        }
    }

    /// <summary>0x23: armed / ignition / charging flags, battery voltage and signal.</summary>
    public static void ReadHeartbeat(ref Gt06Reader reader, Gt06Contents contents)
    {
        var status = reader.Byte();
        contents.Set(Keys.Armed, (status & 0x01) != 0);
        contents.Set(Keys.Ignition, (status & 0x02) != 0);
        contents.Set(Keys.Charge, (status & 0x04) != 0);
        if (reader.Remaining >= 2)
        {
            contents.Set(Keys.Battery, reader.UInt16() / 100.0);
        }

        if (reader.Remaining >= 1)
        {
            contents.Set(Keys.Rssi, (int)reader.Byte());
        }
    }

    /// <summary>0x36 (Jimi 4G): the status block, a language byte, then modules (id, length, value).</summary>
    public static void ReadStatusModules(ref Gt06Reader reader, Gt06Contents contents, Gt06Context context)
    {
        Gt06StatusReader.ReadBlock(ref reader, contents, context);
        reader.Skip(1); // language
        while (reader.Remaining >= 3)
        {
            var module = reader.UInt16();
            var length = reader.Byte();
            switch (module)
            {
                case 0x0018 when length == 2:
                    contents.Set(Keys.Battery, reader.UInt16() / 100.0);
                    break;
                case 0x0032 when length == 1:
                    contents.Set("startupStatus", (int)reader.Byte());
                    break;
                case 0x006A when length == 1:
                    contents.Set(Keys.BatteryLevel, (int)reader.Byte());
                    break;
                default:
                    reader.Skip(length);
                    break;
            }
        }
    }

    /// <summary>0xF1 (Jimi 4G): a timestamp, then status items (id, length, value).</summary>
    public static void ReadDeviceStatus(ref Gt06Reader reader, Gt06Contents contents)
    {
        reader.Skip(4); // time
        while (reader.Remaining >= 3)
        {
            var id = reader.UInt16();
            var length = reader.Byte();
            switch (id)
            {
                case 0x0001 when length == 1:
                    contents.Set("motion", reader.Byte() is 0x02 or 0x04);
                    break;
                case 0x0002 when length == 1:
                    contents.Set(Keys.Armed, reader.Byte() > 0);
                    break;
                case 0x0004 when length == 1:
                    contents.Set(Keys.Ignition, reader.Byte() > 0);
                    break;
                case 0x0005 when length == 2:
                    contents.Set(Keys.Power, reader.UInt16() / 100.0);
                    break;
                case 0x0007 when length == 1:
                    contents.Set(Keys.Charge, reader.Byte() > 0);
                    break;
                default:
                    reader.Skip(length);
                    break;
            }
        }
    }

    /// <summary>0xF2 (VL842): a timestamp, then peripheral items; an external battery pack is the one we read.</summary>
    public static void ReadPeripherals(ref Gt06Reader reader, Gt06Contents contents)
    {
        reader.Skip(4); // time
        while (reader.Remaining >= 3)
        {
            var id = reader.UInt16();
            if (id == 0x000A)
            {
                reader.Skip(reader.UInt16()); // Bluetooth tag event
                continue;
            }

            var length = reader.Byte();
            if (id == 0x000C && length >= 4)
            {
                contents.Set("externalBatteryLevel", (int)reader.Byte());
                contents.Set("externalBatteryCharge", reader.Byte() > 0);
                contents.Set("externalBatteryCycles", (int)reader.UInt16());
                reader.Skip(Math.Min(length - 4, reader.Remaining));
            }
            else
            {
                reader.Skip(length == 0 ? reader.Byte() : length);
            }
        }
    }
}
