using System.Globalization;

namespace Amparo.Ingest.OsmAnd;

/// <summary>The query string of an OsmAnd report as a phone sends it: for simulators and tests.</summary>
public static class OsmAndQuery
{
    /// <summary>A fix with a 6 m accuracy, time in milliseconds; <paramref name="extra"/> adds parameters (<c>&amp;batt=77&amp;speed=3.5</c>).</summary>
    public static string For(string uniqueId, double latitude, double longitude, DateTime fixTime, string extra = "") =>
        string.Create(CultureInfo.InvariantCulture,
            $"?id={Uri.EscapeDataString(uniqueId)}&lat={latitude:R}&lon={longitude:R}&timestamp={new DateTimeOffset(fixTime).ToUnixTimeMilliseconds()}&accuracy=6{extra}");
}
