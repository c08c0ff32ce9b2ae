using Amparo.Domain.Geo;

namespace Amparo.Domain.Engine;

/// <summary>A valid fix that passed the plausibility filter, with its accuracy resolved.</summary>
public sealed record AcceptedFix(Guid DeviceId, DateTime At, GeoPoint Point, double AccuracyMetres, string? RawFrame);
