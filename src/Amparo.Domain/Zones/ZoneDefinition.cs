namespace Amparo.Domain.Zones;

/// <summary>
/// A fixed exclusion zone of a case. <paramref name="PreAlertBandMetres"/> is the width of the band outside
/// the boundary that raises a pre-alert (for a circle, the default equal to the radius makes the outer
/// edge twice the radius, as in the French anti-approach bracelet).
/// </summary>
public sealed record ZoneDefinition(Guid Id, string Name, ZoneShape Shape, double PreAlertBandMetres)
{
    public static double DefaultPreAlertBand(double radiusMetres) => radiusMetres;
}
