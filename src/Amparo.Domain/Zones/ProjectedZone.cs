using Amparo.Domain.Geo;
using NetTopologySuite.Geometries;

namespace Amparo.Domain.Zones;

/// <summary>A zone projected once into a case's metric plane, ready to classify positions.</summary>
public sealed class ProjectedZone
{
    private readonly LocalProjection _projection;
    private readonly Coordinate? _centre;
    private readonly double _radius;
    private readonly Geometry? _polygon;

    public ProjectedZone(ZoneDefinition definition, LocalProjection projection)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(projection);
        Definition = definition;
        _projection = projection;
        switch (definition.Shape)
        {
            case CircleShape circle:
                _centre = projection.ToMetres(circle.Centre);
                _radius = circle.RadiusMetres;
                break;
            case PolygonShape polygon:
                _polygon = ToPolygon(polygon, projection);
                break;
            default:
                throw new ArgumentException($"Unknown zone shape {definition.Shape.GetType().Name}.", nameof(definition));
        }
    }

    public ZoneDefinition Definition { get; }

    /// <summary>The radius of a circle; for a polygon, zero (its boundary is the limit).</summary>
    public double RadiusMetres => _radius;

    /// <summary>Metres from the boundary: negative inside (how deep), positive outside.</summary>
    public double SignedDistanceMetres(GeoPoint point)
    {
        var p = _projection.ToMetres(point);
        if (_centre is not null)
        {
            return _centre.Distance(p) - _radius;
        }

        var located = _projection.Geometry.CreatePoint(p);
        return _polygon!.Contains(located) ? -_polygon.Boundary.Distance(located) : _polygon.Distance(located);
    }

    public ZoneReading Classify(GeoPoint point)
    {
        var p = _projection.ToMetres(point);
        if (_centre is not null)
        {
            var distance = _centre.Distance(p);
            var relation = distance <= _radius ? ZoneRelation.Inside
                : distance <= _radius + Definition.PreAlertBandMetres ? ZoneRelation.PreAlert
                : ZoneRelation.Outside;
            return new ZoneReading(relation, distance);
        }

        var located = _projection.Geometry.CreatePoint(p);
        var toEdge = _polygon!.Distance(located);
        var polygonRelation = toEdge <= 0 ? ZoneRelation.Inside
            : toEdge <= Definition.PreAlertBandMetres ? ZoneRelation.PreAlert
            : ZoneRelation.Outside;
        return new ZoneReading(polygonRelation, toEdge);
    }

    private static Polygon ToPolygon(PolygonShape shape, LocalProjection projection)
    {
        if (shape.Vertices.Count < 3)
        {
            throw new ArgumentException("A polygon zone needs at least three vertices.", nameof(shape));
        }

        var ring = shape.Vertices.Select(projection.ToMetres).ToList();
        ring.Add(ring[0].Copy());
        var polygon = projection.Geometry.CreatePolygon(ring.ToArray());
        return polygon.IsValid ? polygon : throw new ArgumentException("The polygon zone crosses itself.", nameof(shape));
    }
}
