using System.Globalization;
using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.H02;

/// <summary>
/// Decodes one H02 text message (<c>*HQ,id,TYPE,…#</c>; also <c>*TH</c> and lower case). The fix is found by its
/// shape (validity, latitude, N/S, longitude, E/W, speed, course, then the date), which covers V1, V2, V4 command
/// replies, V5, V6, V8, V19 and VP1. Replies: V1 and NBR get <c>*HQ,id,V4,TYPE,yyyyMMddHHmmss#</c>, HTBT is echoed.
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
        var reply = type switch
        {
            "V1" or "NBR" => string.Create(CultureInfo.InvariantCulture, $"*HQ,{id},V4,{type},{now:yyyyMMddHHmmss}#"),
            "HTBT" => $"*HQ,{id},HTBT#",
            _ => null,
        };
        if (FindFix(fields) is { } at)
        {
            var position = ReadFix(fields, at, id, now);
            return new H02Message(position is null ? MessageKind.Ignored : MessageKind.Position, id, type, position, reply);
        }

        return new H02Message(NoPositionTypes.Contains(type) ? MessageKind.NoPosition : MessageKind.Ignored, id, type, null, reply);
    }

    /// <summary>The index of the validity field of the first "validity, lat, N|S, lon, E|W" run.</summary>
    private static int? FindFix(string[] fields)
    {
        for (var i = 3; i + 4 < fields.Length; i++)
        {
            if (fields[i + 2] is "N" or "S" && fields[i + 4] is "E" or "W")
            {
                return i;
            }
        }

        return null;
    }

    private static DeviceReport? ReadFix(string[] fields, int at, string id, DateTime now)
    {
        if (!H02Coordinates.TryParse(fields[at + 1], fields[at + 2], out var latitude)
            || !H02Coordinates.TryParse(fields[at + 3], fields[at + 4], out var longitude))
        {
            return null;
        }

        double? speed = Number(fields, at + 5);
        double? course = Number(fields, at + 6);
        var time = fields[at - 1].Trim();
        var date = fields.Skip(at + 7).Take(3).FirstOrDefault(f => f.Length == 6 && f.All(char.IsAsciiDigit));
        var fixTime = now;
        if (date is not null)
        {
            var clock = time.Length == 6 && time.All(char.IsAsciiDigit) ? time : "000000";
            if (!DateTime.TryParseExact(date + clock, "ddMMyyHHmmss", CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out fixTime))
            {
                return null;
            }
        }

        var validity = fields[at].Trim();
        return new DeviceReport(id, fixTime, Valid: validity.Length > 0 && validity != "V", latitude, longitude, speed, course);
    }

    private static double? Number(string[] fields, int index) =>
        index < fields.Length && double.TryParse(fields[index].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
