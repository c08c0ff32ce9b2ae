namespace Amparo.Server.Citizens;

/// <summary>Checks shared by the citizen services.</summary>
internal static class CitizenInput
{
    public static bool IsPosition(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180
        && !(latitude == 0 && longitude == 0);
}
