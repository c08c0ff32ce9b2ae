using System.Globalization;
using System.Text.RegularExpressions;
using Keys = Amparo.Ingest.Gt06.Gt06Contents.Keys;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// Information messages (0x94): external power, or in the extended form a sub-type: ADC, alarm registers, door,
/// ICCID, network, fuel sensor, serial peripherals, temperature and humidity. None carries a fix.
/// </summary>
internal static partial class Gt06InfoMessage
{
    /// <summary>False when the sub-type is one we do not know (the message is then ignored).</summary>
    public static bool Read(ref Gt06Reader reader, Gt06Contents contents, bool extended)
    {
        if (!extended)
        {
            contents.Set(Keys.Power, reader.Int16() / 100.0);
            return true;
        }

        switch (reader.Byte())
        {
            case 0x00:
                contents.Set("adc1", reader.UInt16() / 100.0);
                return true;
            case 0x04:
                ReadStatusRegisters(reader.Ascii(reader.Remaining), contents);
                return true;
            case 0x05:
                reader.Skip(reader.Remaining >= 7 ? 6 : 0); // device time
                var flags = reader.Byte();
                contents.Set(Keys.Door, (flags & 0x01) != 0);
                contents.Set("io1", (flags & 0x04) != 0);
                return true;
            case 0x0A:
                reader.Skip(8 + 8); // IMEI, IMSI
                contents.Set(Keys.Iccid, reader.Hex(10).TrimEnd('f'));
                return true;
            case 0x0B when reader.Remaining == 1:
                contents.Set("networkTechnology", reader.Byte() > 0 ? "4G" : "2G");
                return true;
            case 0x0B:
                contents.Set(Keys.Power, reader.UInt16() / 100.0);
                return true;
            case 0x0D:
                return ReadFuelSensor(ref reader, contents);
            case 0x1B:
                ReadSerialPeripheral(ref reader, contents);
                return true;
            case 0x1E:
                contents.Set(Keys.Temperature1, reader.Int32() / 10.0);
                contents.Set(Keys.Humidity, reader.Int32() / 10.0);
                return true;
            default:
                return false;
        }
    }

    /// <summary>"ALM1=C5;ALM2=CC;…;STA1=C0;DYD=01;…": alarm, other and engine status registers.</summary>
    private static void ReadStatusRegisters(string text, Gt06Contents contents)
    {
        foreach (var pair in text.Split(';'))
        {
            var parts = pair.Split('=');
            if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var key = parts[0] switch
            {
                "ALM1" or "ALM2" or "ALM3" or "ALM4" => "alarm" + parts[0][3] + "Status",
                "STA1" => "otherStatus",
                "DYD" => "engineStatus",
                _ => null,
            };
            if (key is not null)
            {
                contents.Set(key, value);
            }
        }
    }

    /// <summary>An "!AIOIL" fuel sensor line (after a date on some devices): temperature and fuel level.</summary>
    private static bool ReadFuelSensor(ref Gt06Reader reader, Gt06Contents contents)
    {
        if (reader.Peek() != '!')
        {
            reader.Skip(6); // date
        }

        var match = FuelSensor().Match(reader.Ascii(reader.Remaining));
        if (!match.Success)
        {
            return false;
        }

        contents.Set(Keys.Temperature1, double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        contents.Set(Keys.Fuel, double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>A card reader's text ("RFID:…") or a binary frame holding a four-byte driver id.</summary>
    private static void ReadSerialPeripheral(ref Gt06Reader reader, Gt06Contents contents)
    {
        if (char.IsAsciiLetter((char)reader.Peek()))
        {
            contents.Set("serial", reader.Ascii(reader.Remaining).Trim());
            return;
        }

        reader.Skip(2); // header, type
        contents.Set(Keys.DriverUniqueId, reader.Hex(4));
    }

    [GeneratedRegex(@"^!AIOIL,\d+,\d+\.\d+,(\d+\.\d+),[^,]+,\d{4},(\d+\.\d+),[01],\d+,[0-9A-Fa-f]{2}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex FuelSensor();
}
