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

        // Standard: the length counts type..CRC. Some firmware counts two bytes less, and length-0 Wi-Fi frames
        // carry no usable length at all: then the frame ends at the first 0D 0A, as devices in the field expect.
        var standard = header + length + 2;
        long total;
        if (EndsAt(buffer, standard + 2))
        {
            total = standard + 2;
        }
        else if (EndsAt(buffer, standard))
        {
            total = standard;
        }
        else if (FirstTerminator(buffer) is { } end)
        {
            total = end;
        }
        else if (buffer.Length >= Math.Max(standard + 2, MaxFrameBytes))
        {
            error = $"No frame end within {Math.Max(standard + 2, MaxFrameBytes)} bytes.";
            return FrameStatus.Malformed;
        }
        else
        {
            return FrameStatus.NeedMoreData;
        }

        if (total > MaxFrameBytes)
        {
            error = $"Frame of {total} bytes is over the {MaxFrameBytes}-byte limit.";
            return FrameStatus.Malformed;
        }

        var candidate = buffer.Slice(0, total);
        frame = candidate;
        buffer = buffer.Slice(total);
        return FrameStatus.Frame;
    }

    private static bool EndsAt(ReadOnlySequence<byte> buffer, long total)
    {
        if (total < 4 || buffer.Length < total)
        {
            return false;
        }

        Span<byte> tail = stackalloc byte[2];
        buffer.Slice(total - 2, 2).CopyTo(tail);
        return tail[0] == 0x0D && tail[1] == 0x0A;
    }

    /// <summary>The length up to and including the first 0D 0A after the header, if the buffer holds one.</summary>
    private static long? FirstTerminator(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        reader.Advance(2);
        while (reader.TryAdvanceTo(0x0D, advancePastDelimiter: true))
        {
            if (reader.TryPeek(out var next) && next == 0x0A)
            {
                return reader.Consumed + 1;
            }
        }

        return null;
    }
}
