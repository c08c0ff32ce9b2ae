using System.Globalization;

namespace Amparo.Testing;

/// <summary>The query string of an OsmAnd report as a phone sends it: a fix with a 6 m accuracy, time in milliseconds.</summary>
public static class OsmAndQuery
{
    public static string For(string uniqueId, double latitude, double longitude, DateTime fixTime, string extra = "") =>
        string.Create(CultureInfo.InvariantCulture,
            $"?id={uniqueId}&lat={latitude:R}&lon={longitude:R}&timestamp={new DateTimeOffset(fixTime).ToUnixTimeMilliseconds()}&accuracy=6{extra}");
}
