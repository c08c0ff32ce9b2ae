using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Amparo.Domain.Geo;
using Amparo.Domain.Positions;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// Decodes Teltonika frames: the IMEI handshake, and AVL packets of codec 8, 8 Extended and 16 with their
/// CRC-16/IBM checked; every IO element is kept as an attribute <c>io{id}</c> (battery, external power,
/// ignition and digital inputs get their usual names). Codec 12/13 (command replies) carry no position and get no
/// record-count reply. The reply to an AVL packet is its record count, 4 bytes big-endian.
/// </summary>
public static class TeltonikaDecoder
{
    private const double KnotsPerKmh = 0.539957;

    public static (TeltonikaPacket? Packet, string? Error) Decode(ReadOnlySpan<byte> frame, string imei)
    {
        if (frame.Length == 1 && frame[0] == 0xFF)
        {
            return (new TeltonikaPacket(null, 0, [], null), null);
        }

        var head = BinaryPrimitives.ReadUInt16BigEndian(frame);
        if (head > 0)
        {
            var text = Encoding.ASCII.GetString(frame[2..]);
            return text.Length == head && text.All(char.IsAsciiDigit)
                ? (new TeltonikaPacket(text, 0, [], null), null)
                : (null, "The IMEI handshake is not digits.");
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(frame[4..]);
        if (frame.Length != 8 + length + 4)
        {
            return (null, "The data-length field does not match the packet.");
        }

        var data = frame.Slice(8, length);
        var crc = BinaryPrimitives.ReadUInt32BigEndian(frame[(8 + length)..]);
        if (Crc16Ibm.Compute(data) != crc)
        {
            return (null, "CRC does not verify.");
        }

        var codec = data[0];
        var count = data[1];
        if (data[^1] != count)
        {
            return (null, "The two record counts differ.");
        }

        if (codec is 0x0C or 0x0D)
        {
            return (new TeltonikaPacket(null, codec, [], null), null);
        }

        if (codec is not (0x08 or 0x8E or 0x10))
        {
            return (null, $"Codec 0x{codec:x2} is not supported.");
        }

        // Devices configured with 16-byte IO elements send codec 8 with one more IO group; the records must then fill
        // the packet exactly, which tells the two layouts apart.
        var records = TryRecords(data[2..^1], codec, count, imei, sixteenByteIo: false)
            ?? TryRecords(data[2..^1], codec, count, imei, sixteenByteIo: true);
        return records is null
            ? (null, "The records do not fit the packet or carry impossible coordinates.")
            : (new TeltonikaPacket(null, codec, records, [0, 0, 0, count]), null);
    }

    private static List<DeviceReport>? TryRecords(ReadOnlySpan<byte> data, byte codec, int count, string imei, bool sixteenByteIo)
    {
        try
        {
            var records = ReadRecords(data, codec, count, imei, sixteenByteIo, out var used);
            return used == data.Length ? records : null;
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }

    private static List<DeviceReport> ReadRecords(ReadOnlySpan<byte> data, byte codec, int count, string imei, bool sixteenByteIo, out int used)
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
            at += 24;
            at = ReadIo(data, at, codec, sixteenByteIo, attributes);
            // In codec 8, IO 24 is the speed the unit itself reports and wins over the GPS element's (as in Traccar);
            // codecs 8E and 16 give IO 24 other meanings.
            var kmh = codec == 0x08 && attributes.TryGetValue("io24", out var ioSpeed) ? Convert.ToDouble(ioSpeed, CultureInfo.InvariantCulture) : speed;
            records.Add(new DeviceReport(imei, time, Valid: satellites > 0, latitude, longitude,
                SpeedKnots: Math.Round(kmh * KnotsPerKmh, 4), Course: angle, Altitude: altitude,
                BatteryPercent: attributes.TryGetValue("batteryLevel", out var battery) ? Convert.ToDouble(battery, CultureInfo.InvariantCulture) : null,
                Attributes: attributes));
        }

        used = at;
        return records;
    }

    /// <summary>The IO block: codec 8 uses 1-byte ids and counts, 8E 2-byte ids and counts plus variable-length values, 16 2-byte ids.</summary>
    private static int ReadIo(ReadOnlySpan<byte> data, int at, byte codec, bool sixteenByteIo, Dictionary<string, object> attributes)
    {
        var extended = codec == 0x8E;
        var wideIds = codec is 0x8E or 0x10;
        var eventId = Read(data, ref at, wideIds ? 2 : 1);
        attributes["event"] = eventId;
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
                var value = size switch
                {
                    1 => data[at],
                    2 => BinaryPrimitives.ReadUInt16BigEndian(data[at..]),
                    4 => BinaryPrimitives.ReadUInt32BigEndian(data[at..]),
                    _ => (long)BinaryPrimitives.ReadUInt64BigEndian(data[at..]),
                };
                at += size;
                Name(id, value, attributes);
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
                attributes[string.Create(CultureInfo.InvariantCulture, $"io{id}")] = Convert.ToHexString(data.Slice(at, length));
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

    private static void Name(int id, long value, Dictionary<string, object> attributes)
    {
        var key = id switch
        {
            239 => "ignition",
            1 => "in1",
            2 => "in2",
            3 => "in3",
            66 => "power",
            67 => "battery",
            113 => "batteryLevel",
            _ => string.Create(CultureInfo.InvariantCulture, $"io{id}"),
        };
        attributes[key] = key switch
        {
            "ignition" or "in1" or "in2" or "in3" => value != 0,
            "power" or "battery" => value * 0.001,
            _ => value,
        };
    }
}
