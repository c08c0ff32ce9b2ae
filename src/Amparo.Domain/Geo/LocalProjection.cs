using NetTopologySuite.Geometries;

namespace Amparo.Domain.Geo;

/// <summary>
/// A transverse Mercator plane on the WGS84 ellipsoid for geometry near one place (a case's home, say), measured in
/// metres. Its central meridian is the nearest of <see cref="MeridianPlanes"/>: within 50 km of the place no point is
/// more than 64 km from it, where the scale error stays below 0.006 %, far under GPS error. Zones and distances of
/// one case share one plane; the plane holds no transform of its own, so a case costs a few bytes for it.
/// </summary>
public sealed class LocalProjection(GeoPoint centre)
{
    private static readonly GeometryFactory SharedGeometry = new();

    private readonly int _meridian = MeridianPlanes.MeridianOf(centre.Longitude);

    public GeoPoint Centre { get; } = centre;

    public GeometryFactory Geometry { get; } = SharedGeometry;

    public Coordinate ToMetres(GeoPoint point)
    {
        var (x, y) = MeridianPlanes.For(_meridian).Transform(point.Longitude, point.Latitude);
        return new Coordinate(x, y);
    }

    public Point PointInMetres(GeoPoint point) => Geometry.CreatePoint(ToMetres(point));

    public double DistanceMetres(GeoPoint a, GeoPoint b) => ToMetres(a).Distance(ToMetres(b));
}
