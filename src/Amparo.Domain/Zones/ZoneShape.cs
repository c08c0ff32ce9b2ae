using Amparo.Domain.Geo;

namespace Amparo.Domain.Zones;

/// <summary>The outline of a fixed zone.</summary>
public abstract record ZoneShape;

/// <summary>A circle around a protected place, such as the victim's home.</summary>
public sealed record CircleShape(GeoPoint Centre, double RadiusMetres) : ZoneShape;

/// <summary>A polygon, such as a workplace or a neighbourhood; vertices in order, not closed.</summary>
public sealed record PolygonShape(IReadOnlyList<GeoPoint> Vertices) : ZoneShape;
