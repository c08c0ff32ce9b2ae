using System.Globalization;
using Keys = Amparo.Ingest.Gt06.Gt06Contents.Keys;

namespace Amparo.Ingest.Gt06;

/// <summary>0x8C (extended, FM08ABC): date, ignition and OBD readings as "PID=hex value" text, then 12 bytes we do not use.</summary>
internal static class Gt06ObdMessage
{
    public static void Read(ref Gt06Reader reader, Gt06Contents contents)
    {
        reader.Skip(6); // date
        contents.Set(Keys.Ignition, reader.Byte() > 0);
        foreach (var pair in reader.Ascii(Math.Max(0, reader.Remaining - 12)).Split(','))
        {
            var parts = pair.Split('=');
            if (parts.Length < 2 || parts[0].Length < 2 || !int.TryParse(parts[0][..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            if (pid == 0x4A)
            {
                contents.Set("vin", parts[1]);
            }
            else if (Key(pid) is { } key && long.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            {
                contents.Set(key, value / 100.0);
            }
        }
    }

    private static string? Key(int pid) => pid switch
    {
        0x28 => Keys.Odometer,
        0x2B => Keys.Fuel,
        0x2D => "coolantTemp",
        0x35 => "obdSpeed",
        0x36 => "rpm",
        0x47 => "fuelUsed",
        0x49 => Keys.Hours,
        _ => null,
    };
}
