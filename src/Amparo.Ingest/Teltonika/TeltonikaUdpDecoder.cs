using System.Buffers.Binary;
using System.Text;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// Decodes a Teltonika UDP datagram: length of the rest (2), packet id (2), packet type (1), AVL packet id (1), IMEI
/// length (2), IMEI, then the AVL packet body without preamble, length or CRC. The reply acknowledges it:
/// <c>00 05 &lt;packet id&gt; 01 &lt;AVL packet id&gt; &lt;record count&gt;</c>; command replies (codec 12/13) get none.
/// </summary>
public static class TeltonikaUdpDecoder
{
    private const int HeaderBytes = 8;

    public static (TeltonikaDatagram? Datagram, string? Error) Decode(ReadOnlySpan<byte> datagram)
    {
        if (!LooksLikeDatagram(datagram))
        {
            return (null, "The length field does not match the datagram.");
        }

        var packetId = BinaryPrimitives.ReadUInt16BigEndian(datagram[2..]);
        var avlPacketId = datagram[5];
        var imeiLength = BinaryPrimitives.ReadUInt16BigEndian(datagram[6..]);
        if (imeiLength is 0 or > 20 || datagram.Length < HeaderBytes + imeiLength)
        {
            return (null, "The IMEI length is out of range.");
        }

        var imei = Encoding.ASCII.GetString(datagram.Slice(HeaderBytes, imeiLength));
        if (!imei.All(char.IsAsciiDigit))
        {
            return (null, "The IMEI is not digits.");
        }

        var body = datagram[(HeaderBytes + imeiLength)..];
        var (packet, error) = TeltonikaAvlDecoder.Decode(body, imei);
        if (packet is null)
        {
            return (null, error);
        }

        byte[]? reply = packet.Reply is null ? null : [0x00, 0x05, (byte)(packetId >> 8), (byte)packetId, 0x01, avlPacketId, body[1]];
        return (new TeltonikaDatagram(imei, packet, reply), null);
    }

    /// <summary>Whether the first two bytes count the rest of the datagram, as the UDP header's length field does.</summary>
    public static bool LooksLikeDatagram(ReadOnlySpan<byte> datagram) =>
        datagram.Length > HeaderBytes && BinaryPrimitives.ReadUInt16BigEndian(datagram) == datagram.Length - 2;
}
