using System.Globalization;
using Keys = Amparo.Ingest.Gt06.Gt06Contents.Keys;

namespace Amparo.Ingest.Gt06;

/// <summary>Fleet reports with their own layouts: X1 GPS (0x34) and iButton driver identification (0x61).</summary>
internal static class Gt06FleetReports
{
    /// <summary>0x34: fix, odometer, cell, driver id, battery and power, inputs, outputs and ADC channels.</summary>
    public static void ReadX1Gps(ref Gt06Reader reader, Gt06Contents contents)
    {
        reader.Skip(4); // data and alarm flags
        Gt06LocationReader.ReadGps(ref reader, contents);
        reader.Skip(2); // terminal information
        contents.Set(Keys.Odometer, (long)reader.UInt32());
        Gt06LocationReader.ReadCell(ref reader, contents, new Gt06CellFormat(CellIdBytes: 4));
        var driver = reader.UInt32();
        if (driver > 0)
        {
            contents.Set(Keys.DriverUniqueId, driver.ToString(CultureInfo.InvariantCulture));
        }

        contents.Set(Keys.Battery, reader.UInt16() / 100.0);
        contents.Set(Keys.Power, reader.UInt16() / 100.0);
        var ports = reader.UInt32();
        contents.Set(Keys.Input, (int)reader.Byte());
        contents.Set(Keys.Output, (int)reader.Byte());
        var adcCount = (ports >> 20) & 0x0F;
        for (var i = 1; i <= adcCount; i++)
        {
            contents.Set(string.Create(CultureInfo.InvariantCulture, $"adc{i}"), reader.UInt16() / 100.0);
        }
    }

    /// <summary>0x61: the IMEI, a fix, a cell and a six-byte iButton key read as one number.</summary>
    public static void ReadIButton(ref Gt06Reader reader, Gt06Contents contents)
    {
        reader.Skip(8); // IMEI
        Gt06LocationReader.ReadGps(ref reader, contents);
        Gt06LocationReader.ReadCell(ref reader, contents, new Gt06CellFormat(CellIdBytes: 4));
        var key = ((long)reader.UInt32() << 16) | reader.UInt16();
        contents.Set(Keys.DriverUniqueId, key.ToString(CultureInfo.InvariantCulture));
    }
}
