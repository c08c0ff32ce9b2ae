using System.Globalization;

namespace Amparo.Ingest.OsmAnd;

/// <summary>Parsing of the values OsmAnd clients send: invariant numbers, several timestamp forms, typed extras.</summary>
internal static class OsmAndValues
{
    public static bool TryNumber(string? text, out double value)
    {
        value = 0;
        return text is not null
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>Unix seconds, Unix milliseconds, or ISO 8601 (a time without zone is taken as UTC).</summary>
    public static bool TryTimestamp(string text, out DateTime utc)
    {
        utc = default;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            // Milliseconds since 1970 passed 10^12 in 2001; seconds will not reach it for 30,000 years.
            var milliseconds = number >= 1_000_000_000_000 ? number : number * 1000;
            if (milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
            {
                return false;
            }

            utc = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime;
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            utc = parsed.UtcDateTime;
            return true;
        }

        return false;
    }

    /// <summary>Other parameters keep their type where it is plain: integer, number, boolean, else text.</summary>
    public static object Typed(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (TryNumber(text, out var number))
        {
            return number;
        }

        return bool.TryParse(text, out var flag) ? flag : text;
    }
}
