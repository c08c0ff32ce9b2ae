using System.Buffers;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.H02;

/// <summary>
/// Splits an H02 stream: text messages <c>*…#</c>, and binary messages that start with '$' or 'X' and are 32 bytes
/// long (45 to 48 for the long variants, recognised when no new message starts at byte 32). Line breaks between
/// messages are skipped.
/// </summary>
public static class H02FrameReader
{
    public const int MaxTextBytes = 1024;
    private const int ShortBinary = 32;
    private const int LongBinary = 45;
    private const int LongestBinary = 48;

    public static FrameStatus TryRead(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out string? error)
    {
        frame = default;
        error = null;
        var reader = new SequenceReader<byte>(buffer);
        reader.AdvancePastAny((byte)'\r', (byte)'\n', (byte)' ');
        buffer = buffer.Slice(reader.Position);
        if (!reader.TryPeek(out var first))
        {
            return FrameStatus.NeedMoreData;
        }

        if (first == (byte)'*')
        {
            var text = new SequenceReader<byte>(buffer);
            if (text.TryAdvanceTo((byte)'#', advancePastDelimiter: true))
            {
                return Take(ref buffer, text.Consumed, out frame);
            }

            if (buffer.Length > MaxTextBytes)
            {
                error = $"No '#' within {MaxTextBytes} bytes.";
                return FrameStatus.Malformed;
            }

            return FrameStatus.NeedMoreData;
        }

        if (first is (byte)'$' or (byte)'X')
        {
            if (buffer.Length < ShortBinary)
            {
                return FrameStatus.NeedMoreData;
            }

            if (buffer.Length == ShortBinary)
            {
                return Take(ref buffer, ShortBinary, out frame);
            }

            var next = buffer.Slice(ShortBinary, 1).FirstSpan[0];
            if (StartsNext(next))
            {
                return Take(ref buffer, ShortBinary, out frame);
            }

            return buffer.Length < LongBinary ? FrameStatus.NeedMoreData : Take(ref buffer, LongLength(buffer), out frame);
        }

        error = $"Not an H02 message: starts with 0x{first:x2}.";
        return FrameStatus.Malformed;
    }

    /// <summary>
    /// Some devices append up to three bytes to the 45-byte report (46 and 48 in the field): they belong to it, up to
    /// the next message's start. Whatever is in hand is taken at once, since a report may be an SOS and none is answered.
    /// </summary>
    private static long LongLength(ReadOnlySequence<byte> buffer)
    {
        var length = LongBinary;
        var tail = new SequenceReader<byte>(buffer.Slice(LongBinary, Math.Min(buffer.Length, LongestBinary) - LongBinary));
        while (tail.TryRead(out var b) && !StartsNext(b))
        {
            length++;
        }

        return length;
    }

    /// <summary>A byte that begins the next message (or a line break between messages), never part of a binary tail.</summary>
    private static bool StartsNext(byte b) => b is (byte)'$' or (byte)'*' or (byte)'X' or (byte)'\r' or (byte)'\n';

    private static FrameStatus Take(ref ReadOnlySequence<byte> buffer, long length, out ReadOnlySequence<byte> frame)
    {
        frame = buffer.Slice(0, length);
        buffer = buffer.Slice(length);
        return FrameStatus.Frame;
    }
}
