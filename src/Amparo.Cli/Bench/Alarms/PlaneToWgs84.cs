using Amparo.Domain.Geo;

namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// Places the simulation's plane on the Earth around a protected home, with the WGS84 ellipsoid's radii of curvature
/// there: within a few kilometres the engine's own projection measures the same metres to well under a millimetre.
/// </summary>
internal sealed class PlaneToWgs84
{
    private const double SemiMajorAxis = 6_378_137;
    private const double EccentricitySquared = 0.00669437999014;
    private readonly double _metresPerDegreeNorth;
    private readonly double _normalRadius;

    public PlaneToWgs84(GeoPoint centre)
    {
        Centre = centre;
        var sin = Math.Sin(centre.Latitude * Math.PI / 180);
        var w = 1 - (EccentricitySquared * sin * sin);
        _metresPerDegreeNorth = SemiMajorAxis * (1 - EccentricitySquared) / Math.Pow(w, 1.5) * Math.PI / 180;
        _normalRadius = SemiMajorAxis / Math.Sqrt(w);
    }

    /// <summary>A home in Lima: any place would do.</summary>
    public static PlaneToWgs84 Lima { get; } = new(new GeoPoint(-12.0464, -77.0428));

    public GeoPoint Centre { get; }

    public GeoPoint ToGeo(PlanePoint point)
    {
        var latitude = Centre.Latitude + (point.Y / _metresPerDegreeNorth);
        var metresPerDegreeEast = _normalRadius * Math.Cos(latitude * Math.PI / 180) * Math.PI / 180;
        return new GeoPoint(latitude, Centre.Longitude + (point.X / metresPerDegreeEast));
    }
}
