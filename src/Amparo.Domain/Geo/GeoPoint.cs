namespace Amparo.Domain.Geo;

/// <summary>A WGS84 position in decimal degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public static bool IsValid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude)
        && latitude is >= -90 and <= 90
        && longitude is >= -180 and <= 180;

    public static GeoPoint Create(double latitude, double longitude) =>
        IsValid(latitude, longitude)
            ? new GeoPoint(latitude, longitude)
            : throw new ArgumentOutOfRangeException(nameof(latitude), $"({latitude}, {longitude}) is not a WGS84 coordinate.");
}
