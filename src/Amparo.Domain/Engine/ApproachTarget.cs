using Amparo.Domain.Geo;

namespace Amparo.Domain.Engine;

/// <summary>Something the aggressor may be closing on: the victim, or a protected zone's boundary.</summary>
public sealed record ApproachTarget(string Key, string? ZoneName, Guid? ZoneId, Func<GeoPoint, double> MetresToBoundary, AcceptedFix? Victim);
