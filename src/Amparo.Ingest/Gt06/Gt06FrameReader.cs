using System.Buffers;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// Splits a GT06 stream into frames: <c>78 78 LEN(1) … 0D 0A</c> or <c>79 79 LEN(2) … 0D 0A</c>, where LEN counts the
/// bytes from the type through the CRC. Pure: it only looks at bytes.
/// </summary>
public static class Gt06FrameReader
{
    public const int MaxFrameBytes = 2048;

    public static FrameStatus TryRead(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out string? error)
    {
        frame = default;
        error = null;
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryRead(out var h1) || !reader.TryRead(out var h2))
        {
            return FrameStatus.NeedMoreData;
        }

        int length;
        int header;
        if (h1 == 0x78 && h2 == 0x78)
        {
            if (!reader.TryRead(out var shortLength))
            {
                return FrameStatus.NeedMoreData;
            }

            length = shortLength;
            header = 3;
        }
        else if (h1 == 0x79 && h2 == 0x79)
        {
            if (!reader.TryReadBigEndian(out short longLength))
            {
                return FrameStatus.NeedMoreData;
            }

            length = (ushort)longLength;
            header = 4;
        }
        else
        {
            error = $"Not a GT06 header: {h1:x2} {h2:x2}.";
            return FrameStatus.Malformed;
        }

        var total = header + length + 2;
        if (total > MaxFrameBytes)
        {
            error = $"Frame of {total} bytes is over the {MaxFrameBytes}-byte limit.";
            return FrameStatus.Malformed;
        }

        if (buffer.Length < total)
        {
            return FrameStatus.NeedMoreData;
        }

        var candidate = buffer.Slice(0, total);
        Span<byte> tail = stackalloc byte[2];
        candidate.Slice(total - 2, 2).CopyTo(tail);
        if (tail[0] != 0x0D || tail[1] != 0x0A)
        {
            error = "Frame does not end in 0D 0A where its length says.";
            return FrameStatus.Malformed;
        }

        frame = candidate;
        buffer = buffer.Slice(total);
        return FrameStatus.Frame;
    }
}
