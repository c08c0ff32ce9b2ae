using static Amparo.Ingest.Gt06.Gt06MessageTypes;
using Keys = Amparo.Ingest.Gt06.Gt06Contents.Keys;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// The status block of the GT06 status and alarm messages: terminal information, battery (or power), GSM signal
/// and the alarm byte, in the widths each model uses.
/// </summary>
internal static class Gt06StatusReader
{
    /// <summary>Terminal information: ignition (ACC), charging, fuel cut, and an alarm in bits 3–5.</summary>
    public static void ReadTerminalInfo(byte status, Gt06Contents contents, Gt06Layout layout)
    {
        contents.Set(Keys.Status, (int)status);
        contents.Set(Keys.Ignition, (status & 0x02) != 0);
        contents.Set(Keys.Charge, (status & 0x04) != 0);
        contents.Set(Keys.Blocked, (status & 0x80) != 0);
        contents.AddAlarm(Gt06Alarms.FromStatus(status, layout));
    }

    /// <summary>Terminal information, battery, signal and alarm byte (status messages, GPS + LBS + status messages).</summary>
    public static void ReadBlock(ref Gt06Reader reader, Gt06Contents contents, Gt06Context context)
    {
        var (type, model) = (context.Type, context.Model);
        var ntReport = model.IsNt && type is GpsLbs2 or GpsLbsDriver;
        ReadTerminalInfo(reader.Byte(), contents, context.Layout);
        if (ntReport || context.Layout == Gt06Layout.Lw4g)
        {
            contents.Set(Keys.Power, reader.UInt16() / 100.0);
        }

        if (type == Status && model.IsR11)
        {
            contents.Set(Keys.Power, reader.UInt16() / 100.0);
        }
        else
        {
            ReadBattery(reader.Byte(), contents, voltsTimesTen: ntReport);
        }

        contents.Set(Keys.Rssi, (int)reader.Byte());
        if (type == Status && model.IsLw)
        {
            contents.Set(Keys.Power, (reader.UInt16() & 0x0FFF) / 10.0);
            return;
        }

        int extension = reader.Byte();
        if (type is GpsLbsStatus3 or FenceMulti && reader.Remaining > 0)
        {
            // The language byte's high nibble extends the alarm code.
            extension += (reader.Peek() >> 4) << 8;
        }

        if (type == Status && model.IsSeeworld)
        {
            contents.Set(Keys.Power, (double)extension);
        }
        else if (context.Layout != Gt06Layout.Vxt01)
        {
            contents.AddAlarm(Gt06Alarms.FromCode(extension, model));
            if (model.IsVl && type == GpsLbsStatus1)
            {
                contents.Set(Keys.Event, extension);
            }
        }
    }

    /// <summary>0–6 is a level in sixths, up to 100 a percentage; NT-family reports send tenths of a volt.</summary>
    public static void ReadBattery(byte battery, Gt06Contents contents, bool voltsTimesTen = false)
    {
        if (voltsTimesTen)
        {
            contents.Set(Keys.Battery, battery / 10.0);
        }
        else if (battery <= 6)
        {
            contents.Set(Keys.BatteryLevel, battery * 100 / 6);
        }
        else if (battery <= 100)
        {
            contents.Set(Keys.BatteryLevel, (int)battery);
        }
    }
}
