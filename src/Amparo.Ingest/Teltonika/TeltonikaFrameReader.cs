using System.Buffers;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// Splits a Teltonika stream: a lone 0xFF keep-alive, the IMEI handshake (<c>00 0F</c> + 15 digits), or an AVL
/// packet (<c>00 00 00 00</c>, data length (4), data, CRC (4)).
/// </summary>
public static class TeltonikaFrameReader
{
    public const int MaxFrameBytes = 64 * 1024;

    public static FrameStatus TryRead(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out string? error)
    {
        frame = default;
        error = null;
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryPeek(out var first))
        {
            return FrameStatus.NeedMoreData;
        }

        long length;
        if (first == 0xFF)
        {
            length = 1;
        }
        else
        {
            if (!reader.TryReadBigEndian(out short head))
            {
                return FrameStatus.NeedMoreData;
            }

            if (head < 0)
            {
                error = "Neither an IMEI handshake nor an AVL packet.";
                return FrameStatus.Malformed;
            }

            if (head > 0)
            {
                length = 2 + head;
            }
            else if (!reader.TryReadBigEndian(out short _) || !reader.TryReadBigEndian(out int dataLength))
            {
                return FrameStatus.NeedMoreData;
            }
            else if (dataLength is <= 0 or > MaxFrameBytes)
            {
                error = $"AVL data length {dataLength} is out of range.";
                return FrameStatus.Malformed;
            }
            else
            {
                length = 8 + (long)dataLength + 4;
            }
        }

        if (buffer.Length < length)
        {
            return FrameStatus.NeedMoreData;
        }

        frame = buffer.Slice(0, length);
        buffer = buffer.Slice(length);
        return FrameStatus.Frame;
    }
}
