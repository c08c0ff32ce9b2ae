using Amparo.Domain.Geo;

namespace Amparo.Domain.Engine;

/// <summary>A valid fix that passed the plausibility filter, with its accuracy resolved.</summary>
public sealed record AcceptedFix(Guid DeviceId, DateTime At, GeoPoint Point, double AccuracyMetres, string? RawFrame)
{
    /// <summary>
    /// Farther from the last accepted fix (beyond both accuracies) than anyone walks in the time between, and not back
    /// within walking reach of the fix before a lone leap: a car, or a multipath jump the speed limit cannot tell from
    /// one. Such a fix proves nothing about a boundary alone.
    /// </summary>
    public bool Leap { get; init; }
}
