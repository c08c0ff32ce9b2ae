using System.Buffers;
using System.Globalization;
using System.Text;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.Watch;

/// <summary>
/// Splits a watch stream into <c>[MFR*id*len*content]</c> frames (<c>[ZJ*id*index*len*content]</c> for ZJ). The
/// length, in hex, counts the content after unescaping (7D 01 → 7D, 02 → '[', 03 → ']', 04 → ',', 05 → '*'), so a
/// ']' inside binary or a Wi-Fi name does not end the frame. The frame is returned unescaped.
/// </summary>
public static class WatchFrameReader
{
    public const int MaxFrameBytes = 65_536;
    private const int MaxHeaderBytes = 64;

    public static FrameStatus TryRead(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out string? error)
    {
        frame = default;
        error = null;
        var skip = new SequenceReader<byte>(buffer);
        skip.AdvancePastAny((byte)'\r', (byte)'\n', (byte)' ');
        buffer = buffer.Slice(skip.Position);
        if (buffer.IsEmpty)
        {
            return FrameStatus.NeedMoreData;
        }

        if (buffer.FirstSpan[0] != (byte)'[')
        {
            error = $"Not a watch frame: starts with 0x{buffer.FirstSpan[0]:x2}.";
            return FrameStatus.Malformed;
        }

        var head = Encoding.ASCII.GetString(buffer.Slice(0, Math.Min(buffer.Length, MaxHeaderBytes)));
        var stars = Enumerable.Range(0, head.Length).Where(i => head[i] == '*').Take(4).ToList();
        var zj = head.StartsWith("[ZJ*", StringComparison.Ordinal);
        var needed = zj ? 4 : 3;
        if (stars.Count < needed)
        {
            if (buffer.Length < MaxHeaderBytes)
            {
                return FrameStatus.NeedMoreData;
            }

            error = "No watch header ([MFR*id*len*) in the first 64 bytes.";
            return FrameStatus.Malformed;
        }

        var lengthField = head[(stars[needed - 2] + 1)..stars[needed - 1]];
        if (!int.TryParse(lengthField, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var length) || length is < 0 or > MaxFrameBytes)
        {
            error = $"Bad length field '{lengthField}'.";
            return FrameStatus.Malformed;
        }

        var headerLength = stars[needed - 1] + 1;
        var byLength = ReadByLength(buffer, headerLength, length, out var end);
        if (byLength is null)
        {
            // Some firmware miscounts: fall back to the first ']' that ends the buffer or precedes a new frame.
            var fallback = FirstPlausibleEnd(buffer, headerLength);
            if (fallback is null)
            {
                if (buffer.Length > MaxFrameBytes)
                {
                    error = $"No frame end within {MaxFrameBytes} bytes.";
                    return FrameStatus.Malformed;
                }

                return FrameStatus.NeedMoreData;
            }

            var raw = buffer.Slice(headerLength, fallback.Value - headerLength - 1).ToArray();
            byLength = Unescape(raw);
            end = buffer.GetPosition(fallback.Value);
        }

        frame = new ReadOnlySequence<byte>([.. buffer.Slice(0, headerLength).ToArray(), .. byLength, (byte)']']);
        buffer = buffer.Slice(end);
        return FrameStatus.Frame;
    }

    /// <summary>The unescaped content when the length field leads to a ']'; null otherwise.</summary>
    private static List<byte>? ReadByLength(ReadOnlySequence<byte> buffer, int headerLength, int length, out SequencePosition end)
    {
        end = default;
        var content = new List<byte>(length);
        var reader = new SequenceReader<byte>(buffer);
        reader.Advance(headerLength);
        while (content.Count < length)
        {
            if (!reader.TryRead(out var b))
            {
                return null;
            }

            if (b == 0x7D && reader.TryRead(out var code))
            {
                b = Unescaped(code);
            }

            content.Add(b);
        }

        if (!reader.TryRead(out var last) || last != (byte)']')
        {
            return null;
        }

        end = reader.Position;
        return content;
    }

    /// <summary>Just past the first ']' after the header that is the buffer's last byte or is followed by '[', CR or LF.</summary>
    private static long? FirstPlausibleEnd(ReadOnlySequence<byte> buffer, int from)
    {
        var bytes = buffer.Length <= MaxFrameBytes ? buffer.ToArray() : buffer.Slice(0, MaxFrameBytes).ToArray();
        for (var i = from; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)']' && (i == bytes.Length - 1 || bytes[i + 1] is (byte)'[' or (byte)'\r' or (byte)'\n'))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static List<byte> Unescape(byte[] raw)
    {
        var result = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            result.Add(raw[i] == 0x7D && i + 1 < raw.Length ? Unescaped(raw[++i]) : raw[i]);
        }

        return result;
    }

    private static byte Unescaped(byte code) =>
        code switch { 1 => 0x7D, 2 => (byte)'[', 3 => (byte)']', 4 => (byte)',', 5 => (byte)'*', _ => code };
}
