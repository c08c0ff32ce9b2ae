using Amparo.Domain.Geo;

namespace Amparo.Server.Citizens;

/// <summary>Checks shared by the citizen services.</summary>
internal static class CitizenInput
{
    /// <summary>A valid WGS84 position, and not (0, 0): what a phone without a fix sends.</summary>
    public static bool IsPosition(double latitude, double longitude) =>
        GeoPoint.IsValid(latitude, longitude) && !(latitude == 0 && longitude == 0);
}
