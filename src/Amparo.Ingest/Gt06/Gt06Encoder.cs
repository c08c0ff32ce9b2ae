using System.Buffers.Binary;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// Builds GT06 frames as a tracker sends them: for simulators, benchmarks and tests. The inverse of
/// <see cref="Gt06Decoder"/> for login, status, GPS+LBS (0x12) and GPS+LBS+status alarm (0x16) frames.
/// </summary>
public static class Gt06Encoder
{
    public static byte[] Login(string imei, ushort serial)
    {
        var digits = imei.PadLeft(16, '0');
        return Frame(Gt06MessageTypes.Login, [.. Convert.FromHexString(digits), 0x00, 0x00], serial);
    }

    /// <summary>A status frame (0x13), the GT06 heartbeat; it carries no fix, but may carry an alarm code.</summary>
    public static byte[] Status(ushort serial, byte batteryLevel = 6, byte alarmCode = 0x00) =>
        Frame(Gt06MessageTypes.Status, [0x44, batteryLevel, 0x04, alarmCode, 0x01], serial);

    /// <summary>A GPS+LBS frame (0x12); <paramref name="valid"/> false clears the "GPS positioned" flag.</summary>
    public static byte[] Location(DateTime utc, double latitude, double longitude, int speedKmh, int course, ushort serial, bool valid = true) =>
        Frame(0x12, [.. Gps(utc, latitude, longitude, speedKmh, course, valid), .. Cell(withLength: false)], serial);

    /// <summary>A GPS+LBS+status frame carrying an alarm code (0x01 SOS, 0x02 power cut, 0x13 tamper …).</summary>
    public static byte[] Alarm(DateTime utc, double latitude, double longitude, byte alarmCode, ushort serial) =>
        Frame(0x16, [.. Gps(utc, latitude, longitude, 0, 0), .. Cell(withLength: true), 0x44, 0x05, 0x04, alarmCode, 0x01], serial);

    private static byte[] Gps(DateTime utc, double latitude, double longitude, int speedKmh, int course, bool valid = true)
    {
        var data = new byte[18];
        data[0] = (byte)(utc.Year - 2000);
        data[1] = (byte)utc.Month;
        data[2] = (byte)utc.Day;
        data[3] = (byte)utc.Hour;
        data[4] = (byte)utc.Minute;
        data[5] = (byte)utc.Second;
        data[6] = 0xC9;
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(7), (uint)Math.Round(Math.Abs(latitude) * 1_800_000));
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(11), (uint)Math.Round(Math.Abs(longitude) * 1_800_000));
        data[15] = (byte)Math.Clamp(speedKmh, 0, 255);
        var flags = (course & 0x03FF) | (valid ? 0x1000 : 0);
        if (latitude >= 0)
        {
            flags |= 0x0400;
        }

        if (longitude < 0)
        {
            flags |= 0x0800;
        }

        BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(16), (ushort)flags);
        return data;
    }

    /// <summary>A Peruvian cell (MCC 716, Claro) so frames look like the field's.</summary>
    private static byte[] Cell(bool withLength) =>
        withLength ? [0x09, 0x02, 0xCC, 0x0A, 0x10, 0x01, 0x00, 0x20, 0x03] : [0x02, 0xCC, 0x0A, 0x10, 0x01, 0x00, 0x20, 0x03];

    private static byte[] Frame(byte type, byte[] content, ushort serial)
    {
        var length = 1 + content.Length + 2 + 2;
        var frame = new byte[3 + length + 2];
        frame[0] = 0x78;
        frame[1] = 0x78;
        frame[2] = (byte)length;
        frame[3] = type;
        content.CopyTo(frame, 4);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(4 + content.Length), serial);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(6 + content.Length), Crc16X25.Compute(frame.AsSpan(2, length - 1)));
        frame[^2] = 0x0D;
        frame[^1] = 0x0A;
        return frame;
    }
}
