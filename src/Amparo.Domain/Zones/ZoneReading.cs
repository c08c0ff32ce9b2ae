namespace Amparo.Domain.Zones;

/// <summary>
/// Where a point stands against a zone. <paramref name="DistanceMetres"/> is measured to the protected place:
/// the centre of a circle, the nearest edge of a polygon (zero inside).
/// </summary>
public sealed record ZoneReading(ZoneRelation Relation, double DistanceMetres);
