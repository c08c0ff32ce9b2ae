using System.Globalization;
using System.Text;

namespace Amparo.Ingest.H02;

/// <summary>
/// Builds H02 reports as a tracker sends them: for simulators and tests. The inverse of
/// <see cref="H02BinaryDecoder"/> for the 32-byte report with a 10-digit id, and of <see cref="H02Decoder"/> for the
/// V1 text report (which the server answers with V4 once it is stored).
/// </summary>
public static class H02Encoder
{
    /// <summary>The quiet status word: no alarm flag low, ignition off.</summary>
    public const uint QuietStatus = 0xFFFFFBFF;

    public static byte[] BinaryReport(
        string id, DateTime utc, double latitude, double longitude, int knots, int course,
        uint status = QuietStatus, byte battery = 6, bool valid = true)
    {
        if (id.Length != 10 || !id.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException("An H02 binary id is 10 hex digits.", nameof(id));
        }

        var flags = (valid ? 0x02 : 0) | (latitude >= 0 ? 0x04 : 0) | (longitude >= 0 ? 0x08 : 0);
        var hex = new StringBuilder("24").Append(id)
            .Append(utc.ToString("HHmmssddMMyy", CultureInfo.InvariantCulture))
            .Append(Coordinate(latitude, 2)).Append(battery.ToString("x2", CultureInfo.InvariantCulture))
            .Append(Coordinate(longitude, 3)).Append(flags.ToString("x", CultureInfo.InvariantCulture))
            .Append(Math.Clamp(knots, 0, 999).ToString("000", CultureInfo.InvariantCulture))
            .Append(Math.Clamp(course, 0, 360).ToString("000", CultureInfo.InvariantCulture))
            .Append(status.ToString("x8", CultureInfo.InvariantCulture))
            .Append("ff0000");
        return Convert.FromHexString(hex.ToString());
    }

    /// <summary>
    /// A V1 text report as the firmware spells it: ddmm.mmmm, N/S, dddmm.mmmm, E/W, knots, course, ddmmyy, status;
    /// without the line end the firmware adds.
    /// </summary>
    public static string TextReport(
        string id, DateTime utc, double latitude, double longitude, double knots = 0, int course = 0, bool valid = true, uint status = QuietStatus)
    {
        static string Coordinate(double value, string format)
        {
            var abs = Math.Abs(value);
            var degrees = Math.Floor(abs);
            return (degrees * 100 + (abs - degrees) * 60).ToString(format, CultureInfo.InvariantCulture);
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"*HQ,{id},V1,{utc:HHmmss},{(valid ? "A" : "V")},{Coordinate(latitude, "0000.0000")},{(latitude < 0 ? "S" : "N")},{Coordinate(longitude, "00000.0000")},{(longitude < 0 ? "W" : "E")},{Math.Clamp(knots, 0, 999):000.00},{Math.Clamp(course, 0, 359):000},{utc:ddMMyy},{status:X8}#");
    }

    /// <summary>Degrees then minutes as mm.mmmm, digits only.</summary>
    private static string Coordinate(double value, int degreeDigits)
    {
        var tenThousandthsOfMinute = (long)Math.Round(Math.Abs(value) * 60 * 10_000);
        var degrees = tenThousandthsOfMinute / 600_000;
        return degrees.ToString(new string('0', degreeDigits), CultureInfo.InvariantCulture)
            + (tenThousandthsOfMinute % 600_000).ToString("000000", CultureInfo.InvariantCulture);
    }
}
