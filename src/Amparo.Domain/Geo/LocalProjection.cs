using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Amparo.Domain.Geo;

/// <summary>
/// A transverse Mercator projection on the WGS84 ellipsoid centred on one place (a case's home, say),
/// so that geometry near it is measured in metres. Within 50 km of the centre the scale error is
/// below 0.004 %, far under GPS error; zones and distances of one case share one projection.
/// </summary>
public sealed class LocalProjection
{
    private static readonly CoordinateSystemFactory Factory = new();
    private static readonly CoordinateTransformationFactory Transformations = new();
    private readonly MathTransform _toMetres;

    public LocalProjection(GeoPoint centre)
    {
        Centre = centre;
        var parameters = new List<ProjectionParameter>
        {
            new("latitude_of_origin", centre.Latitude),
            new("central_meridian", centre.Longitude),
            new("scale_factor", 1.0),
            new("false_easting", 0.0),
            new("false_northing", 0.0),
        };
        var projection = Factory.CreateProjection("Amparo local", "Transverse_Mercator", parameters);
        var projected = Factory.CreateProjectedCoordinateSystem(
            "Amparo local TM", GeographicCoordinateSystem.WGS84, projection, LinearUnit.Metre,
            new AxisInfo("East", AxisOrientationEnum.East), new AxisInfo("North", AxisOrientationEnum.North));
        _toMetres = Transformations.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, projected).MathTransform;
    }

    public GeoPoint Centre { get; }

    public GeometryFactory Geometry { get; } = new();

    public Coordinate ToMetres(GeoPoint point)
    {
        var (x, y) = _toMetres.Transform(point.Longitude, point.Latitude);
        return new Coordinate(x, y);
    }

    public Point PointInMetres(GeoPoint point) => Geometry.CreatePoint(ToMetres(point));

    public double DistanceMetres(GeoPoint a, GeoPoint b) => ToMetres(a).Distance(ToMetres(b));
}
