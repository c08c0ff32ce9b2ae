using Amparo.Domain.Geo;

namespace Amparo.Domain.Separation;

/// <summary>Where a party was at one moment.</summary>
public readonly record struct TimedPoint(DateTime At, GeoPoint Point);
