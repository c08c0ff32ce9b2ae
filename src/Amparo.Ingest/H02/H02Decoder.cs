using System.Globalization;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.H02;

/// <summary>
/// Decodes one H02 text message (<c>*HQ,id,TYPE,…#</c>; also <c>*TH</c> and lower case). The fix is found by its
/// shape (see <see cref="H02TextFix"/>), which covers V1, V2, V4 command replies, V5, V6, V8, V19 and VP1. Without a
/// fix: NBR, LINK and V3 carry the status word after their date, HTBT and LINK the battery level, SMS a command's
/// result text. HTBT and V0 are echoed; a V1 or NBR that decodes gets its V4 reply.
/// </summary>
public static class H02Decoder
{
    private static readonly HashSet<string> NoPositionTypes = new(StringComparer.OrdinalIgnoreCase) { "NBR", "LINK", "V3", "HTBT", "SMS", "VP1" };

    public static H02Message? Decode(string text, DateTime now)
    {
        var body = text.Trim().TrimEnd('#');
        if (body.Length < 4 || body[0] != '*')
        {
            return null;
        }

        var fields = body.Split(',');
        if (fields.Length < 3)
        {
            return null;
        }

        var id = fields[1];
        var type = fields[2].ToUpperInvariant();
        var attributes = new Dictionary<string, object>();
        if (H02TextFix.Find(fields) is { } at)
        {
            var position = H02TextFix.Read(fields, at, id, now, attributes);
            var kind = position is null ? MessageKind.Ignored : MessageKind.Position;
            return new H02Message(kind, id, type, position, Reply(fields, kind, now), attributes);
        }

        if (!NoPositionTypes.Contains(type))
        {
            return new H02Message(MessageKind.Ignored, id, type, null, Reply(fields, MessageKind.Ignored, now), attributes);
        }

        ReadWithoutFix(type, body, fields, attributes);
        return new H02Message(MessageKind.NoPosition, id, type, null, Reply(fields, MessageKind.NoPosition, now), attributes);
    }

    /// <summary>
    /// Heartbeats (HTBT, V0) are echoed up to their type, whatever they hold. A V1 or NBR message that decodes gets
    /// <c>*HQ,id,V4,TYPE,yyyyMMddHHmmss#</c> (server UTC), unless it names no device, as Traccar does.
    /// </summary>
    private static string? Reply(string[] fields, MessageKind kind, DateTime now)
    {
        var (id, type) = (fields[1], fields[2].ToUpperInvariant());
        if (type is "HTBT" or "V0")
        {
            return $"{fields[0]},{id},{fields[2]}#";
        }

        return kind != MessageKind.Ignored && id.Length > 0 && type is "V1" or "NBR"
            ? string.Create(CultureInfo.InvariantCulture, $"*HQ,{id},V4,{type},{now:yyyyMMddHHmmss}#")
            : null;
    }

    private static void ReadWithoutFix(string type, string body, string[] fields, Dictionary<string, object> attributes)
    {
        switch (type)
        {
            case "HTBT" when Integer(fields[^1]) is { } battery:
                attributes["batteryLevel"] = battery;
                break;
            case "LINK" when fields.Length > 6 && Integer(fields[6]) is { } battery:
                // time, rssi, satellites, battery, steps, turnovers, date, status
                attributes["batteryLevel"] = battery;
                break;
            case "SMS" when fields.Length > 3:
                // The text itself holds commas: everything after "*HQ,id,SMS,".
                attributes["result"] = body[(fields[0].Length + fields[1].Length + fields[2].Length + 3)..];
                break;
        }

        if (type is "NBR" or "LINK" or "V3" && StatusAfterDate(fields) is { } status)
        {
            H02Status.AddTo(attributes, status);
        }
    }

    /// <summary>The status word that follows the last ddmmyy field (cell fields before it may also have 6 digits).</summary>
    private static uint? StatusAfterDate(string[] fields)
    {
        for (var i = fields.Length - 2; i >= 3; i--)
        {
            if (fields[i].Length == 6 && fields[i].All(char.IsAsciiDigit) && H02Status.TryParse(fields[i + 1], out var status))
            {
                return status;
            }
        }

        return null;
    }

    private static int? Integer(string value) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
