using System.Globalization;

namespace Amparo.Ingest.H02;

/// <summary>
/// The coordinate spellings H02 firmware uses: <c>ddmm.mmmm</c> / <c>dddmm.mmmmm</c>, minutes only (<c>38.6508</c>),
/// an integer with four implied decimals (<c>37573392</c>), and degrees-dash-minutes (<c>-23-35.3408</c>).
/// The hemisphere letter gives the sign.
/// </summary>
public static class H02Coordinates
{
    public static bool TryParse(string value, string hemisphere, out double degrees)
    {
        degrees = 0;
        value = value.Trim();
        if (value.Length == 0 || hemisphere is not ("N" or "S" or "E" or "W"))
        {
            return false;
        }

        double whole;
        double minutes;
        if (value.StartsWith('-') && value.IndexOf('-', 1) is > 1 and var dash)
        {
            if (!double.TryParse(value[1..dash], NumberStyles.Float, CultureInfo.InvariantCulture, out whole)
                || !double.TryParse(value[(dash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out minutes))
            {
                return false;
            }
        }
        else
        {
            var text = value.Contains('.', StringComparison.Ordinal) || value.Length < 7 ? value : value[..^4] + "." + value[^4..];
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var packed) || packed < 0)
            {
                return false;
            }

            whole = Math.Floor(packed / 100);
            minutes = packed - whole * 100;
        }

        if (minutes >= 60)
        {
            return false;
        }

        degrees = whole + minutes / 60;
        if (hemisphere is "S" or "W")
        {
            degrees = -degrees;
        }

        return hemisphere is "N" or "S" ? degrees is >= -90 and <= 90 : degrees is >= -180 and <= 180;
    }
}
