using System.Buffers.Binary;
using System.Globalization;
using Amparo.Domain.Geo;
using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// Decodes one GT06 / Concox frame (as <see cref="Gt06FrameReader"/> delivers it) for the device that logged in on
/// the connection. Pure and strict: a frame whose CRC does not verify is refused.
/// Covers login (0x01), status (0x13), heartbeat (0x23), GPS+LBS (0x10, 0x11, 0x12, 0x22) and GPS+LBS+status alarms
/// (0x16, 0x26) in their standard layout.
/// </summary>
public static class Gt06Decoder
{
    public const byte Login = 0x01;
    public const byte Status = 0x13;
    public const byte Heartbeat = 0x23;
    private const double KnotsPerKmh = 0.539957;

    public static Gt06DecodeResult Decode(ReadOnlySpan<byte> frame, string? imei)
    {
        var extended = frame.Length > 1 && frame[0] == 0x79;
        var header = extended ? 4 : 3;
        if (frame.Length < header + 1 + 2 + 2 + 2)
        {
            return Gt06DecodeResult.Fail("Frame too short.");
        }

        var checksum = BinaryPrimitives.ReadUInt16BigEndian(frame[^4..]);
        if (Crc16X25.Compute(frame[2..^4]) != checksum)
        {
            return Gt06DecodeResult.Fail("CRC does not verify.");
        }

        var type = frame[header];
        var content = frame[(header + 1)..^6];
        var serial = frame[^6..^4];
        if (type == Login)
        {
            return content.Length < 8
                ? Gt06DecodeResult.Fail("Login without an IMEI.")
                : Ok(MessageKind.NoPosition, type, Convert.ToHexString(content[..8])[1..], null, [], Reply(type, serial));
        }

        if (imei is null)
        {
            // Nothing may be attributed to a device that has not logged in on this connection.
            return Ok(MessageKind.Ignored, type, null, null, [], null);
        }

        try
        {
            return type switch
            {
                Heartbeat => DecodeHeartbeat(content, type, serial),
                Status => DecodeStatus(content, type, serial),
                0x10 or 0x11 or 0x12 or 0x22 or 0x16 or 0x26 => DecodeLocation(content, type, serial, imei),
                _ => Ok(MessageKind.Ignored, type, null, null, [], null),
            };
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return Gt06DecodeResult.Fail($"Message 0x{type:x2} is shorter than its layout.");
        }
    }

    private static Gt06DecodeResult DecodeHeartbeat(ReadOnlySpan<byte> content, byte type, ReadOnlySpan<byte> serial)
    {
        var status = content[0];
        var attributes = new Dictionary<string, object>
        {
            ["armed"] = (status & 0x01) != 0,
            ["ignition"] = (status & 0x02) != 0,
            ["charge"] = (status & 0x04) != 0,
        };
        if (content.Length >= 3)
        {
            attributes["battery"] = BinaryPrimitives.ReadUInt16BigEndian(content[1..]) * 0.01;
        }

        return Ok(MessageKind.NoPosition, type, null, null, attributes, Reply(type, serial));
    }

    private static Gt06DecodeResult DecodeStatus(ReadOnlySpan<byte> content, byte type, ReadOnlySpan<byte> serial)
    {
        var attributes = new Dictionary<string, object>();
        ReadStatus(content, attributes);
        return Ok(MessageKind.NoPosition, type, null, null, attributes, Reply(type, serial));
    }

    private static Gt06DecodeResult DecodeLocation(ReadOnlySpan<byte> content, byte type, ReadOnlySpan<byte> serial, string imei)
    {
        var attributes = new Dictionary<string, object>();
        var time = new DateTime(2000 + content[0], content[1], content[2], content[3], content[4], content[5], DateTimeKind.Utc);
        attributes["sat"] = content[6] & 0x0F;
        var latitude = BinaryPrimitives.ReadUInt32BigEndian(content[7..]) / 60.0 / 30000.0;
        var longitude = BinaryPrimitives.ReadUInt32BigEndian(content[11..]) / 60.0 / 30000.0;
        var speedKmh = content[15];
        var flags = BinaryPrimitives.ReadUInt16BigEndian(content[16..]);
        if ((flags & 0x0400) == 0)
        {
            latitude = -latitude;
        }

        if ((flags & 0x0800) != 0)
        {
            longitude = -longitude;
        }

        if ((flags & 0x4000) != 0)
        {
            attributes["ignition"] = (flags & 0x8000) != 0;
        }

        if (!GeoPoint.IsValid(latitude, longitude))
        {
            return Gt06DecodeResult.Fail("Coordinates out of range.");
        }

        var rest = content[18..];
        var hasStatus = type is 0x16 or 0x26;
        if (type != 0x10)
        {
            rest = ReadCell(rest, hasLength: hasStatus, attributes);
        }

        if (hasStatus)
        {
            ReadStatus(rest, attributes);
        }

        var alarm = attributes.GetValueOrDefault("alarm") as string;
        var report = new DeviceReport(
            imei, time, Valid: (flags & 0x1000) != 0, latitude, longitude,
            SpeedKnots: Math.Round(speedKmh * KnotsPerKmh, 4), Course: flags & 0x03FF,
            Alarm: alarm, Attributes: attributes);
        return Ok(MessageKind.Position, type, null, report, attributes, Reply(type, serial));
    }

    /// <summary>MCC, MNC, LAC and cell id; with a length byte in the status messages.</summary>
    private static ReadOnlySpan<byte> ReadCell(ReadOnlySpan<byte> data, bool hasLength, Dictionary<string, object> attributes)
    {
        var length = 8;
        if (hasLength)
        {
            length = data[0];
            data = data[1..];
            if (length == 0)
            {
                return data;
            }

            length -= 1;
        }

        var mcc = BinaryPrimitives.ReadUInt16BigEndian(data);
        var mnc = data[2];
        var lac = BinaryPrimitives.ReadUInt16BigEndian(data[3..]);
        var cell = (data[5] << 16) | (data[6] << 8) | data[7];
        attributes["cell"] = string.Create(CultureInfo.InvariantCulture, $"{mcc & 0x7FFF}/{mnc}/{lac}/{cell}");
        return data[Math.Max(8, length)..];
    }

    /// <summary>Terminal information, battery level (0–6), GSM signal, alarm code.</summary>
    private static void ReadStatus(ReadOnlySpan<byte> data, Dictionary<string, object> attributes)
    {
        var status = data[0];
        attributes["status"] = (int)status;
        attributes["ignition"] = (status & 0x02) != 0;
        attributes["charge"] = (status & 0x04) != 0;
        attributes["batteryLevel"] = data[1] * 100 / 6;
        attributes["rssi"] = (int)data[2];
        var alarm = Gt06Alarms.FromCode(data[3]) ?? Gt06Alarms.FromStatus(status);
        if (alarm is not null)
        {
            attributes["alarm"] = alarm;
        }
    }

    private static byte[] Reply(byte type, ReadOnlySpan<byte> serial)
    {
        var reply = new byte[10];
        reply[0] = 0x78;
        reply[1] = 0x78;
        reply[2] = 0x05;
        reply[3] = type;
        serial.CopyTo(reply.AsSpan(4));
        BinaryPrimitives.WriteUInt16BigEndian(reply.AsSpan(6), Crc16X25.Compute(reply.AsSpan(2, 4)));
        reply[8] = 0x0D;
        reply[9] = 0x0A;
        return reply;
    }

    private static Gt06DecodeResult Ok(MessageKind kind, byte type, string? login, DeviceReport? position, Dictionary<string, object> attributes, byte[]? reply) =>
        new(new Gt06Message(kind, type, login, position, attributes, reply), null);
}
