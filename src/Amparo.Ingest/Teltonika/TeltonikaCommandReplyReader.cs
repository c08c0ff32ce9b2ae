using System.Buffers.Binary;
using System.Text;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// The records of codec 13 (a unit's reply or message with a time stamp): type, length (which counts the 4-byte
/// seconds time stamp), time stamp, data. Printable data is kept as <c>result</c>, other data as hex; a driver
/// identification line (<c>GTSL|…|…|…|id|…</c>) gives <c>driverUniqueId</c>.
/// </summary>
internal static class TeltonikaCommandReplyReader
{
    /// <summary>One attribute set per record, or null when the records do not fill <paramref name="records"/> exactly.</summary>
    public static List<IReadOnlyDictionary<string, object>>? TryRead(ReadOnlySpan<byte> records, int count)
    {
        var replies = new List<IReadOnlyDictionary<string, object>>(count);
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            if (records.Length - at < 5)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadInt32BigEndian(records[(at + 1)..]);
            if (length < 4 || length > records.Length - at - 5)
            {
                return null;
            }

            replies.Add(Read(records.Slice(at + 9, length - 4)));
            at += 5 + length;
        }

        return at == records.Length ? replies : null;
    }

    private static Dictionary<string, object> Read(ReadOnlySpan<byte> data)
    {
        if (!IsPrintable(data))
        {
            return new Dictionary<string, object> { ["result"] = Convert.ToHexString(data) };
        }

        var text = Encoding.ASCII.GetString(data).Trim();
        var fields = text.Split('|');
        return text.StartsWith("GTSL", StringComparison.Ordinal) && fields.Length > 4
            ? new Dictionary<string, object> { ["driverUniqueId"] = fields[4] }
            : new Dictionary<string, object> { ["result"] = text };
    }

    private static bool IsPrintable(ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            if (b is (< 32 and not (byte)'\r' and not (byte)'\n') or >= 127)
            {
                return false;
            }
        }

        return true;
    }
}
