using System.Buffers.Binary;
using System.Text;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// Decodes Teltonika TCP frames: the 0xFF keep-alive, the IMEI handshake, and AVL packets (<c>00 00 00 00</c>, data
/// length, body, CRC-16/IBM in 4 bytes) whose length and CRC must verify; the body is read by
/// <see cref="TeltonikaAvlDecoder"/>.
/// </summary>
public static class TeltonikaDecoder
{
    public static (TeltonikaPacket? Packet, string? Error) Decode(ReadOnlySpan<byte> frame, string imei)
    {
        if (frame.Length == 1 && frame[0] == 0xFF)
        {
            return (new TeltonikaPacket(null, 0, [], null), null);
        }

        if (frame.Length < 2)
        {
            return (null, "The frame is too short.");
        }

        var head = BinaryPrimitives.ReadUInt16BigEndian(frame);
        if (head > 0)
        {
            var text = Encoding.ASCII.GetString(frame[2..]);
            return text.Length == head && text.All(char.IsAsciiDigit)
                ? (new TeltonikaPacket(text, 0, [], null), null)
                : (null, "The IMEI handshake is not digits.");
        }

        if (frame.Length < 12 || BinaryPrimitives.ReadUInt16BigEndian(frame[2..]) != 0)
        {
            return (null, "Neither an IMEI handshake nor an AVL packet.");
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(frame[4..]);
        if (length < 0 || frame.Length != 8L + length + 4)
        {
            return (null, "The data-length field does not match the packet.");
        }

        var body = frame.Slice(8, length);
        var crc = BinaryPrimitives.ReadUInt32BigEndian(frame[(8 + length)..]);
        return Crc16Ibm.Compute(body) == crc
            ? TeltonikaAvlDecoder.Decode(body, imei)
            : (null, "CRC does not verify.");
    }
}
