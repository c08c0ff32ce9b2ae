using Amparo.Domain.Geo;

namespace Amparo.Domain.Tests;

/// <summary>Points at known distances from a home in Arequipa, computed on the local projection's own plane.</summary>
internal static class Places
{
    public static readonly GeoPoint Home = new(-16.3989, -71.5369);

    /// <summary>A point <paramref name="metres"/> from <paramref name="origin"/> due north or east (metres per degree on WGS84 at this latitude).</summary>
    public static GeoPoint North(GeoPoint origin, double metres) => new(origin.Latitude + metres / 110_662.86, origin.Longitude);

    public static GeoPoint East(GeoPoint origin, double metres) => new(origin.Latitude, origin.Longitude + metres / 106_819.42);
}
