using Amparo.Domain.Geo;

namespace Amparo.Domain.Engine;

/// <summary>An allowed route: during its schedule the aggressor must stay within the corridor around the path.</summary>
public sealed record RouteCorridor(string Name, IReadOnlyList<GeoPoint> Path, double HalfWidthMetres, Schedule Schedule);
