using Amparo.Domain.Alarms;
using Amparo.Domain.Monitoring;

namespace Amparo.Domain.Engine;

/// <summary>
/// Closing speed from the aggressor's recent fixes: when he approaches the victim or a zone fast enough to reach
/// it within the horizon, the centre hears it before the breach. The distance closed must exceed both fixes'
/// accuracies, so jitter never looks like an approach.
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
            || speed < settings.ApproachMinClosingSpeedMps || after / speed > settings.ApproachHorizon.TotalSeconds)
        {
            return null;
        }

        var evidence = new AlarmEvidence(
            Rule: "approach_fast", RadiusMetres: 0, PreAlertBandMetres: 0, DistanceMetres: after,
            Aggressor: Evidence.Of(now), Victim: target.Victim is null ? null : Evidence.Of(target.Victim),
            ZoneId: target.ZoneId, ZoneName: target.ZoneName, RawFrame: now.RawFrame)
        {
            ClosingSpeedMps = Math.Round(speed, 2),
            SecondsToReach = Math.Round(after / speed),
            Since = then.At,
        };
        return new AlarmTrigger(AlarmType.ApproachFast, evidence) { At = now.At };
    }
}
