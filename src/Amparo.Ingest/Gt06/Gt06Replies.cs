using System.Buffers.Binary;
using System.Text;

namespace Amparo.Ingest.Gt06;

/// <summary>The bytes a GT06 tracker waits for after a message.</summary>
internal static class Gt06Replies
{
    /// <summary><c>78 78 05 type serial crc 0D 0A</c>: the usual acknowledgement.</summary>
    public static byte[] Short(byte type, ushort serial) => Build(extended: false, type, [], serial);

    /// <summary><c>79 79 00 05 type serial crc 0D 0A</c>: the acknowledgement some extended messages want.</summary>
    public static byte[] Extended(byte type, ushort serial) => Build(extended: true, type, [], serial);

    /// <summary>Wi-Fi scans (0x17 / 0x69) are answered with their own six date bytes and no serial or CRC.</summary>
    public static byte[] WifiEcho(byte type, ReadOnlySpan<byte> date) => [0x78, 0x78, 0x00, type, .. date, 0x0D, 0x0A];

    /// <summary>The server's UTC time, for a time request (0x8A).</summary>
    public static byte[] Time(DateTime utcNow) => Build(
        extended: false,
        Gt06MessageTypes.TimeRequest,
        [(byte)(utcNow.Year - 2000), (byte)utcNow.Month, (byte)utcNow.Day, (byte)utcNow.Hour, (byte)utcNow.Minute, (byte)utcNow.Second],
        serial: 0);

    /// <summary>"No address known" for an address request (0x2A): the server does no reverse geocoding.</summary>
    public static byte[] NoAddress()
    {
        var text = Encoding.ASCII.GetBytes("NA&&NA&&0##");
        return Build(extended: true, Gt06MessageTypes.AddressResponse, [(byte)text.Length, 0, 0, 0, 0, .. text], serial: 0);
    }

    private static byte[] Build(bool extended, byte type, ReadOnlySpan<byte> content, ushort serial)
    {
        var header = extended ? 4 : 3;
        var length = 1 + content.Length + 2 + 2;
        var reply = new byte[header + length + 2];
        reply[0] = reply[1] = extended ? (byte)0x79 : (byte)0x78;
        if (extended)
        {
            BinaryPrimitives.WriteUInt16BigEndian(reply.AsSpan(2), (ushort)length);
        }
        else
        {
            reply[2] = (byte)length;
        }

        reply[header] = type;
        content.CopyTo(reply.AsSpan(header + 1));
        BinaryPrimitives.WriteUInt16BigEndian(reply.AsSpan(header + 1 + content.Length), serial);
        BinaryPrimitives.WriteUInt16BigEndian(reply.AsSpan(reply.Length - 4), Crc16X25.Compute(reply.AsSpan(2, reply.Length - 6)));
        reply[^2] = 0x0D;
        reply[^1] = 0x0A;
        return reply;
    }
}
