using static Amparo.Ingest.Gt06.Gt06MessageTypes;
using Keys = Amparo.Ingest.Gt06.Gt06Contents.Keys;

namespace Amparo.Ingest.Gt06;

/// <summary>What particular clones and models append to a GPS + LBS (+ status) message.</summary>
internal static class Gt06ModelExtensions
{
    public static void Read(ref Gt06Reader reader, Gt06Contents contents, Gt06Context context)
    {
        var (type, layout, model) = (context.Type, context.Layout, context.Model);
        if (layout == Gt06Layout.Lw4g)
        {
            contents.Set(Keys.Odometer, (long)reader.UInt32());
            contents.Set(Keys.Hours, reader.UInt32() * 1000L);
            reader.Skip(8); // terminal id
            contents.Set(Keys.Input, (int)reader.UInt16());
        }

        if (layout == Gt06Layout.Sr411Mini)
        {
            contents.Set(Keys.Ignition, reader.Byte() > 0);
            contents.Set(Keys.Power, reader.UInt16() / 100.0);
            contents.Set(Keys.Battery, reader.UInt16() / 100.0);
        }

        if (type == GpsLbs1)
        {
            ReadGpsLbs1Extension(ref reader, contents, layout, model);
        }

        if (type == GpsLbs2 && layout == Gt06Layout.Seeworld)
        {
            ReadSeeworldEnvironment(ref reader, contents);
        }

        if (type == GpsLbsStatus4 && layout == Gt06Layout.Sl4x)
        {
            contents.Altitude = reader.Int16();
        }

        if (type is GpsLbs2 or GpsLbs3 or GpsLbs4 or GpsLbs5 && reader.Remaining >= 3 && !model.IsNt)
        {
            contents.Set(Keys.Ignition, reader.Byte() > 0);
            contents.Set(Keys.Event, (int)reader.Byte());
            Gt06LocationMessages.SetArchive(reader.Byte(), contents);
            if (layout == Gt06Layout.Sl4x)
            {
                if (reader.Remaining > 2)
                {
                    contents.Set(Keys.Odometer, (long)reader.UInt32());
                }

                contents.Altitude = reader.Int16();
            }
        }

        if (type == GpsLbs3)
        {
            ReadModules(ref reader, contents);
        }

        if (type == Wifi && layout == Gt06Layout.Rfid)
        {
            contents.Set(Keys.DriverUniqueId, reader.Hex(8));
            reader.Skip(1); // validity
        }

        if (model.IsNt && type is GpsLbs2 or GpsLbsDriver)
        {
            contents.Set(Keys.Odometer, (long)reader.UInt24());
            contents.Set(Keys.Hours, reader.UInt24() * 60_000L);
            if (type == GpsLbsDriver && reader.Byte() is var length and > 0)
            {
                reader.Skip(1); // identifier type
                contents.Set(Keys.DriverUniqueId, reader.Hex(length - 1));
            }
        }

        if (model.IsVl && type is GpsLbsStatus1 or Status2)
        {
            ReadVlTail(ref reader, contents, type);
        }
    }

    private static void ReadGpsLbs1Extension(ref Gt06Reader reader, Gt06Contents contents, Gt06Layout layout, Gt06Model model)
    {
        switch (layout)
        {
            case Gt06Layout.Benway:
                var mask = reader.UInt16();
                contents.Set(Keys.Ignition, (mask & 0x8000) != 0);
                contents.Set("in2", (mask & 0x4000) != 0);
                if ((mask & 0x1000) != 0)
                {
                    var value = mask & 0x01FF;
                    contents.Set(Keys.Temperature1, (mask & 0x0200) != 0 ? -value : value);
                }
                else
                {
                    var value = mask & 0x03FF;
                    contents.Set("adc1", (mask & 0x2000) != 0 ? value : value / 10.0);
                }

                break;
            case Gt06Layout.Vxt01:
                Gt06StatusReader.ReadTerminalInfo(reader.Byte(), contents, layout);
                contents.Set(Keys.Power, reader.UInt16() / 100.0);
                contents.Set(Keys.Rssi, (int)reader.Byte());
                reader.Skip(1); // alarm extension
                break;
            case Gt06Layout.S5:
                Gt06StatusReader.ReadTerminalInfo(reader.Byte(), contents, layout);
                contents.Set(Keys.Power, reader.UInt16() / 100.0);
                contents.Set(Keys.Rssi, (int)reader.Byte());
                contents.AddAlarm(Gt06Alarms.FromCode(reader.Byte(), model));
                contents.Set("oil", (int)reader.UInt16());
                var temperature = reader.Byte();
                contents.Set(Keys.Temperature1, (temperature & 0x80) != 0 ? -(temperature & 0x7F) : temperature);
                contents.Set(Keys.Odometer, reader.UInt32() * 10L);
                break;
            case Gt06Layout.Wetrust:
                contents.Set(Keys.Odometer, (long)reader.UInt32());
                contents.Set("card", reader.Ascii(reader.Byte()));
                contents.AddAlarm(reader.Byte() > 0 ? Gt06Alarms.General : null);
                contents.Set("cardStatus", (int)reader.Byte());
                contents.Set("drivingTime", (int)reader.UInt16());
                break;
            default:
                break;
        }
    }

    /// <summary>Seeworld 0x22: ignition, report mode, odometer, travel time, temperature and humidity.</summary>
    private static void ReadSeeworldEnvironment(ref Gt06Reader reader, Gt06Contents contents)
    {
        contents.Set(Keys.Ignition, reader.Byte() > 0);
        reader.Skip(2); // reporting mode, supplementary transmission
        contents.Set(Keys.Odometer, (long)reader.UInt32());
        reader.Skip(4); // travel time
        var temperature = reader.UInt16();
        var degreesTimes100 = (temperature & 0x8000) != 0 ? -(temperature & 0x7FFF) : temperature;
        contents.Set(Keys.Temperature1, degreesTimes100 / 100.0);
        contents.Set(Keys.Humidity, reader.UInt16() / 100.0);
    }

    /// <summary>Modules (type, length, value) after the flags in 0x37.</summary>
    private static void ReadModules(ref Gt06Reader reader, Gt06Contents contents)
    {
        while (reader.Remaining >= 3)
        {
            var module = reader.UInt16();
            var length = reader.Byte();
            switch (module)
            {
                case 0x0027 when length == 2:
                    contents.Set(Keys.Power, reader.UInt16() / 100.0);
                    break;
                case 0x002E when length == 4:
                    contents.Set(Keys.Odometer, (long)reader.UInt32());
                    break;
                default:
                    reader.Skip(length);
                    break;
            }
        }
    }

    /// <summary>
    /// VL-family trackers (VL103 …): after the status block of 0x16 a language byte and the driver card; 0x36 carries
    /// a fix, a cell and a tail whose only documented fields (from the corpus frames) are the battery voltage in
    /// tenths at byte 9 and the driver card at the end.
    /// </summary>
    private static void ReadVlTail(ref Gt06Reader reader, Gt06Contents contents, byte type)
    {
        if (type == Status2)
        {
            reader.Skip(9);
            contents.Set(Keys.Battery, reader.Byte() / 10.0);
            reader.Skip(Math.Max(0, reader.Remaining - 8));
        }
        else if (reader.Remaining > 0)
        {
            reader.Skip(1); // language
        }

        if (reader.Remaining == 8 && reader.Rest.ContainsAnyExcept((byte)0))
        {
            contents.Set(Keys.DriverUniqueId, reader.Hex(8));
        }
    }
}
