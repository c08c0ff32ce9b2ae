using Amparo.Domain.Alarms;
using Amparo.Domain.Geo;
using Amparo.Domain.Monitoring;

namespace Amparo.Domain.Engine;

/// <summary>
/// Closing speed from the aggressor's recent fixes: when he heads for the victim or a zone fast enough that, keeping
/// his course, he would reach it within the horizon, the centre hears it before the breach. The distance closed must
/// exceed both fixes' accuracies, so jitter never looks like an approach; a car passing by on a road that does not
/// lead into the zone is not heading for it.
/// </summary>
public sealed class ApproachTracker(EngineSettings settings)
{
    private static readonly TimeSpan MinimumSpan = TimeSpan.FromSeconds(30);
    private readonly List<AcceptedFix> _recent = [];
    private readonly HashSet<string> _raised = [];

    public void Evaluate(AcceptedFix aggressor, IEnumerable<ApproachTarget> targets, EngineOutput output)
    {
        ArgumentNullException.ThrowIfNull(aggressor);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(output);
        _recent.Add(aggressor);
        _recent.RemoveAll(f => f.At < aggressor.At - settings.ApproachWindow);
        var then = _recent.FirstOrDefault(f => aggressor.At - f.At >= MinimumSpan);
        foreach (var target in targets)
        {
            if (then is null || Approach(then, aggressor, target) is not { } trigger)
            {
                _raised.Remove(target.Key);
                continue;
            }

            output.Raise(trigger with { Repeat = !_raised.Add(target.Key) });
        }
    }

    private AlarmTrigger? Approach(AcceptedFix then, AcceptedFix now, ApproachTarget target)
    {
        var before = target.MetresToBoundary(then.Point);
        var after = target.MetresToBoundary(now.Point);
        var seconds = (now.At - then.At).TotalSeconds;
        var closed = before - after;
        var speed = closed / seconds;
        if (after <= 0 || after > settings.ApproachMaxDistanceMetres || closed <= then.AccuracyMetres + now.AccuracyMetres
            || speed < settings.ApproachMinClosingSpeedMps || SecondsToReach(then, now, target) is not { } reach)
        {
            return null;
        }

        var evidence = new AlarmEvidence(
            Rule: "approach_fast", RadiusMetres: 0, PreAlertBandMetres: 0, DistanceMetres: after,
            Aggressor: Evidence.Of(now), Victim: target.Victim is null ? null : Evidence.Of(target.Victim),
            ZoneId: target.ZoneId, ZoneName: target.ZoneName, RawFrame: now.RawFrame)
        {
            ClosingSpeedMps = Math.Round(speed, 2),
            SecondsToReach = reach,
            Since = then.At,
        };
        return new AlarmTrigger(AlarmType.ApproachFast, evidence) { At = now.At };
    }

    /// <summary>Keeping his course and speed, when he would cross the boundary; null if not within the horizon.</summary>
    private double? SecondsToReach(AcceptedFix then, AcceptedFix now, ApproachTarget target)
    {
        var seconds = (now.At - then.At).TotalSeconds;
        var latPerSecond = (now.Point.Latitude - then.Point.Latitude) / seconds;
        var lonPerSecond = (now.Point.Longitude - then.Point.Longitude) / seconds;
        for (var t = 5.0; t <= settings.ApproachHorizon.TotalSeconds; t += 5)
        {
            var ahead = new GeoPoint(now.Point.Latitude + latPerSecond * t, now.Point.Longitude + lonPerSecond * t);
            if (target.MetresToBoundary(ahead) <= 0)
            {
                return t;
            }
        }

        return null;
    }
}
