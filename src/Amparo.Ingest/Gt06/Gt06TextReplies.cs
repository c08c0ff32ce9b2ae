using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Keys = Amparo.Ingest.Gt06.Gt06Contents.Keys;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// Replies to commands and peripheral data: 0x15 (text or ICCID), 0x21 (text, ASCII or UTF-16; "Current position!"
/// carries a fix) and 0x9B (what a serial peripheral sent).
/// </summary>
internal static partial class Gt06TextReplies
{
    /// <summary>0x15: the reply to a text command, or the SIM's ICCID.</summary>
    public static void ReadCommandReply(ref Gt06Reader reader, Gt06Contents contents)
    {
        var length = reader.Byte();
        if (length <= 4)
        {
            return;
        }

        reader.Skip(4); // server flag
        var text = reader.Ascii(length - 4);
        if (text.StartsWith("<ICCID:", StringComparison.Ordinal) && text.Length >= 27)
        {
            contents.Set(Keys.Iccid, text[7..27]);
        }
        else
        {
            contents.Set(Keys.Result, text);
        }
    }

    /// <summary>0x21 (extended): a text reply, ASCII or UTF-16; a "Current position!" reply carries a fix.</summary>
    public static void ReadTextReply(ref Gt06Reader reader, Gt06Contents contents)
    {
        reader.Skip(4); // server flag
        var ascii = reader.Byte() == 1;
        var bytes = reader.Bytes(reader.Remaining);
        var text = ascii ? Encoding.ASCII.GetString(bytes) : Encoding.BigEndianUnicode.GetString(bytes);
        var match = CurrentPosition().Match(text);
        if (!match.Success)
        {
            contents.Set(Keys.Result, text);
            return;
        }

        double Number(int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        var latitude = Number(2) * (match.Groups[1].Value == "S" ? -1 : 1);
        var longitude = Number(4) * (match.Groups[3].Value == "W" ? -1 : 1);
        var time = Gt06Dates.Utc((int)Number(7), (int)Number(8), (int)Number(9), (int)Number(10), (int)Number(11), (int)Number(12));
        contents.Fix = Gt06LocationReader.Checked(new Gt06Fix(time, Valid: true, latitude, longitude, SpeedKnots: Number(6), Course: Number(5)));
    }

    /// <summary>0x9B: what a serial peripheral sent, as text when printable, else as hex.</summary>
    public static void ReadSerialData(ref Gt06Reader reader, Gt06Contents contents)
    {
        reader.Skip(1); // peripheral type
        var data = reader.Bytes(reader.Remaining);
        contents.Set(Keys.Result, IsPrintable(data) ? Encoding.ASCII.GetString(data).Trim() : Convert.ToHexStringLower(data));
    }

    private static bool IsPrintable(ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            if (b is not ((>= 0x20 and <= 0x7E) or 0x0D or 0x0A or 0x09))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^Current position!Lat:([NS])(\d+\.\d+),Lon:([EW])(\d+\.\d+),Course:(\d+\.\d+),Speed:(\d+\.\d+),DateTime:(\d{4})-(\d\d)-(\d\d) +(\d\d):(\d\d):(\d\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex CurrentPosition();
}
