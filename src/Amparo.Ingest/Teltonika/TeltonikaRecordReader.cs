using System.Buffers.Binary;
using System.Globalization;
using Amparo.Domain.Geo;
using Amparo.Domain.Positions;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// The AVL records of codecs 8, 8 Extended and 16: time (ms), priority, longitude and latitude (1e-7 degrees), altitude,
/// angle, satellites, speed (km/h), then the IO block. Codec 8 uses 1-byte ids and counts, 8E 2-byte ids and counts
/// plus variable-length values, 16 2-byte ids and a generation type.
/// </summary>
internal static class TeltonikaRecordReader
{
    public static bool IsSupported(byte codec) => codec is 0x08 or 0x8E or 0x10;

    /// <summary>The records, or null when they do not fill <paramref name="records"/> exactly or a fix is impossible.</summary>
    public static List<DeviceReport>? TryRead(ReadOnlySpan<byte> records, byte codec, int count, string imei, bool sixteenByteIo)
    {
        try
        {
            var result = Read(records, codec, count, imei, sixteenByteIo, out var used);
            return used == records.Length ? result : null;
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }

    private static List<DeviceReport> Read(ReadOnlySpan<byte> data, byte codec, int count, string imei, bool sixteenByteIo, out int used)
    {
        var records = new List<DeviceReport>(count);
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            var time = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(data[at..])).UtcDateTime;
            var attributes = new Dictionary<string, object> { ["priority"] = (int)data[at + 8] };
            var longitude = BinaryPrimitives.ReadInt32BigEndian(data[(at + 9)..]) / 1e7;
            var latitude = BinaryPrimitives.ReadInt32BigEndian(data[(at + 13)..]) / 1e7;
            var altitude = BinaryPrimitives.ReadInt16BigEndian(data[(at + 17)..]);
            var angle = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 19)..]);
            var satellites = data[at + 21];
            var speed = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 22)..]);
            if (!GeoPoint.IsValid(latitude, longitude))
            {
                throw new InvalidDataException("Coordinates out of range.");
            }

            attributes["sat"] = (int)satellites;
            at = ReadIo(data, at + 24, codec, sixteenByteIo, attributes);
            // In codec 8, IO 24 is the speed the unit itself reports and wins over the GPS element's (as in Traccar);
            // codecs 8E and 16 give IO 24 other meanings.
            var kmh = codec == 0x08 && attributes.TryGetValue("io24", out var ioSpeed) ? Convert.ToDouble(ioSpeed, CultureInfo.InvariantCulture) : speed;
            records.Add(new DeviceReport(imei, time, Valid: satellites > 0, latitude, longitude,
                SpeedKnots: Math.Round(kmh * TeltonikaUnits.KnotsPerKmh, 4), Course: angle, Altitude: altitude,
                BatteryPercent: attributes.TryGetValue("batteryLevel", out var battery) ? Convert.ToDouble(battery, CultureInfo.InvariantCulture) : null,
                Attributes: attributes));
        }

        used = at;
        return records;
    }

    private static int ReadIo(ReadOnlySpan<byte> data, int at, byte codec, bool sixteenByteIo, Dictionary<string, object> attributes)
    {
        var extended = codec == 0x8E;
        var wideIds = codec is 0x8E or 0x10;
        attributes["event"] = Read(data, ref at, wideIds ? 2 : 1);
        if (codec == 0x10)
        {
            at++; // generation type
        }

        Read(data, ref at, extended ? 2 : 1); // total
        foreach (var size in new[] { 1, 2, 4, 8 })
        {
            var n = Read(data, ref at, extended ? 2 : 1);
            for (var k = 0; k < n; k++)
            {
                var id = Read(data, ref at, wideIds ? 2 : 1);
                TeltonikaIoElements.Add(id, data.Slice(at, size), attributes);
                at += size;
            }
        }

        if (sixteenByteIo)
        {
            var n16 = Read(data, ref at, 1);
            for (var k = 0; k < n16; k++)
            {
                var id = Read(data, ref at, 1);
                attributes[string.Create(CultureInfo.InvariantCulture, $"io{id}")] = Convert.ToHexString(data.Slice(at, 16));
                at += 16;
            }
        }

        if (extended)
        {
            var nx = Read(data, ref at, 2);
            for (var k = 0; k < nx; k++)
            {
                var id = Read(data, ref at, 2);
                var length = Read(data, ref at, 2);
                var value = data.Slice(at, length);
                if (!TeltonikaBeaconTags.IsTagList(id) || !TeltonikaBeaconTags.TryAdd(value, attributes))
                {
                    attributes[string.Create(CultureInfo.InvariantCulture, $"io{id}")] = Convert.ToHexString(value);
                }

                at += length;
            }
        }

        return at;
    }

    private static int Read(ReadOnlySpan<byte> data, ref int position, int width)
    {
        var value = width == 1 ? data[position] : BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
        position += width;
        return value;
    }
}
