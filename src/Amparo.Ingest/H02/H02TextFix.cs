using System.Globalization;
using Amparo.Domain.Positions;

namespace Amparo.Ingest.H02;

/// <summary>
/// The fix block of an H02 text message, found by its shape (validity, latitude, N|S, longitude, E|W, speed, course,
/// an optional battery field, the date ddmmyy) wherever the message type puts it; then the status word, right after
/// the date or after three SIM-information fields. A message without a date is dated <c>now</c>.
/// </summary>
public static class H02TextFix
{
    /// <summary>The index of the validity field of the first "validity, lat, N|S, lon, E|W" run, if any.</summary>
    public static int? Find(string[] fields)
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

    /// <summary>The fix found at <paramref name="at"/>, or null when it does not parse; <paramref name="attributes"/> gets the status flags.</summary>
    public static DeviceReport? Read(string[] fields, int at, string id, DateTime now, Dictionary<string, object> attributes)
    {
        if (!H02Coordinates.TryParse(fields[at + 1], fields[at + 2], out var latitude)
            || !H02Coordinates.TryParse(fields[at + 3], fields[at + 4], out var longitude))
        {
            return null;
        }

        var dateAt = Enumerable.Range(at + 7, 2).FirstOrDefault(i => i < fields.Length && (fields[i].Length == 0 || IsDigits(fields[i], 6)), -1);
        var fixTime = now;
        if (dateAt >= 0 && fields[dateAt].Length > 0)
        {
            var time = fields[at - 1].Trim();
            if (!DateTime.TryParseExact(fields[dateAt] + (IsDigits(time, 6) ? time : "000000"), "ddMMyyHHmmss", CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out fixTime))
            {
                return null;
            }
        }

        string? alarm = null;
        if (dateAt >= 0 && StatusAfter(fields, dateAt) is { } status)
        {
            alarm = H02Status.AddTo(attributes, status);
        }

        var validity = fields[at].Trim();
        return new DeviceReport(id, fixTime, Valid: validity.Length > 0 && validity != "V", latitude, longitude,
            Number(fields, at + 5), Number(fields, at + 6), Alarm: alarm, Attributes: attributes);
    }

    private static uint? StatusAfter(string[] fields, int dateAt)
    {
        foreach (var i in new[] { dateAt + 1, dateAt + 4 })
        {
            if (i < fields.Length && H02Status.TryParse(fields[i], out var status))
            {
                return status;
            }
        }

        return null;
    }

    private static bool IsDigits(string value, int length) => value.Length == length && value.All(char.IsAsciiDigit);

    private static double? Number(string[] fields, int index) =>
        index < fields.Length && double.TryParse(fields[index].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;
}
