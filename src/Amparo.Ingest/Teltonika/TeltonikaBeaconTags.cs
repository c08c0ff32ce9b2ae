using System.Buffers.Binary;
using System.Globalization;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// The Bluetooth tag list some units send as a variable-length IO element of codec 8E (ids 548, 10829, 10831): a
/// header byte, then per tag its length and parameters (id, length, value): RSSI, tag id, a flags byte with low
/// battery and voltage, low battery, battery millivolts. Tags are numbered from 1: <c>tag1Voltage</c>, …
/// </summary>
internal static class TeltonikaBeaconTags
{
    public static bool IsTagList(int id) => id is 548 or 10829 or 10831;

    /// <returns>False, with nothing added, when the element is not a well-formed tag list.</returns>
    public static bool TryAdd(ReadOnlySpan<byte> element, Dictionary<string, object> attributes)
    {
        if (element.IsEmpty)
        {
            return false;
        }

        var found = new Dictionary<string, object>();
        var at = 1;
        for (var tag = 1; at < element.Length; tag++)
        {
            var length = element[at++];
            if (at + length > element.Length || !TryReadTag(element.Slice(at, length), tag, found))
            {
                return false;
            }

            at += length;
        }

        foreach (var (key, value) in found)
        {
            attributes[key] = value;
        }

        return true;
    }

    private static bool TryReadTag(ReadOnlySpan<byte> tag, int index, Dictionary<string, object> found)
    {
        var at = 0;
        while (at < tag.Length)
        {
            if (at + 2 > tag.Length)
            {
                return false;
            }

            var parameter = tag[at];
            var length = tag[at + 1];
            at += 2;
            if (at + length > tag.Length)
            {
                return false;
            }

            var value = tag.Slice(at, length);
            at += length;
            switch (parameter)
            {
                case 0 when length >= 1:
                    found[Key(index, "Rssi")] = (int)(sbyte)value[0];
                    break;
                case 1:
                    found[Key(index, "Id")] = Convert.ToHexString(value);
                    break;
                case 2 when length >= 1:
                    if ((value[0] & 0x40) != 0)
                    {
                        found[Key(index, "LowBattery")] = true;
                    }

                    if ((value[0] & 0x80) != 0 && length >= 2)
                    {
                        found[Key(index, "Voltage")] = (value[1] * 10) + 2000;
                    }

                    break;
                case 13 when length >= 1:
                    found[Key(index, "LowBattery")] = value[0] != 0;
                    break;
                case 14 when length >= 2:
                    found[Key(index, "Battery")] = (int)BinaryPrimitives.ReadUInt16BigEndian(value);
                    break;
                default:
                    break;
            }
        }

        return true;
    }

    private static string Key(int index, string name) => string.Create(CultureInfo.InvariantCulture, $"tag{index}{name}");
}
