using System.Buffers.Binary;
using System.Globalization;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// Names the fixed-size IO elements of codecs 8, 8E and 16: battery, external power, ignition, digital inputs and the
/// EYE sensor temperatures get their usual names; every other element is kept as <c>io{id}</c>.
/// </summary>
internal static class TeltonikaIoElements
{
    public static void Add(int id, ReadOnlySpan<byte> raw, Dictionary<string, object> attributes)
    {
        var value = raw.Length switch
        {
            1 => raw[0],
            2 => BinaryPrimitives.ReadUInt16BigEndian(raw),
            4 => BinaryPrimitives.ReadUInt32BigEndian(raw),
            _ => (long)BinaryPrimitives.ReadUInt64BigEndian(raw),
        };
        switch (id)
        {
            case 1 or 2 or 3:
                attributes[string.Create(CultureInfo.InvariantCulture, $"in{id}")] = value != 0;
                break;
            case 239:
                attributes["ignition"] = value != 0;
                break;
            case 66:
                attributes["power"] = value * 0.001;
                break;
            case 67:
                attributes["battery"] = value * 0.001;
                break;
            case 113:
                attributes["batteryLevel"] = value;
                break;
            case >= 10800 and <= 10803 when raw.Length == 2:
                // EYE sensors 1-4: signed hundredths of a degree Celsius.
                attributes[string.Create(CultureInfo.InvariantCulture, $"eyeTemp{id - 10799}")] = BinaryPrimitives.ReadInt16BigEndian(raw) / 100.0;
                break;
            default:
                attributes[string.Create(CultureInfo.InvariantCulture, $"io{id}")] = value;
                break;
        }
    }
}
