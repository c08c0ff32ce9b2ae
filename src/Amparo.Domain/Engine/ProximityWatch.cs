using Amparo.Domain.Alarms;
using Amparo.Domain.Geo;
using Amparo.Domain.Monitoring;
using Amparo.Domain.Zones;

namespace Amparo.Domain.Engine;

/// <summary>
/// The zone that moves with the victim. Both fixes' accuracies count against the boundary; a victim position
/// older than the signal-loss time is too stale to protect her (her silent device raises its own alarm).
/// Distances are measured on the case's own plane while she is near its centre, on one centred again near her when
/// she is far (a plane is accurate within tens of kilometres of its centre).
/// </summary>
public sealed class ProximityWatch(ProximityRule rule, EngineSettings settings, LocalProjection casePlane)
{
    private readonly BreachGate _inside = new();
    private readonly BreachGate _preAlert = new();
    private LocalProjection _plane = casePlane;

    public ProximityRule Rule => rule;

    public bool Breached => _inside.Breached;

    public void Evaluate(AcceptedFix aggressor, AcceptedFix victim, DateTime at, bool afterGap, EngineOutput output)
    {
        ArgumentNullException.ThrowIfNull(aggressor);
        ArgumentNullException.ThrowIfNull(victim);
        ArgumentNullException.ThrowIfNull(output);
        if (at - victim.At > settings.SignalLossAfter || at - aggressor.At > settings.SignalLossAfter)
        {
            return;
        }

        var distance = DistanceMetres(aggressor.Point, victim.Point);
        var accuracy = aggressor.AccuracyMetres + victim.AccuracyMetres;
        var depth = rule.RadiusMetres - distance;
        var wasInside = _inside.Breached;
        var leap = (aggressor.At == at && aggressor.Leap) || (victim.At == at && victim.Leap);
        var inside = _inside.Observe(depth, accuracy, afterGap, settings.HysteresisMetres, leap);
        var pre = _preAlert.Observe(depth + rule.PreAlertBandMetres, accuracy, afterGap, settings.HysteresisMetres, leap);
        if (inside is { } proof)
        {
            output.Raise(Trigger(AlarmType.Proximity, aggressor, victim, distance, at, proof));
        }
        else if (!_inside.Breached && pre is { } early)
        {
            output.Raise(Trigger(AlarmType.ProximityPreAlert, aggressor, victim, distance, at, early));
        }

        if (wasInside && !_inside.Breached)
        {
            output.Clear(AlarmType.Proximity, at, "El agresor se alejó de la víctima.");
        }
    }

    /// <summary>Metres between two points, on a plane centred again near the victim whenever she has moved far.</summary>
    public double DistanceMetres(GeoPoint aggressor, GeoPoint victim)
    {
        if (_plane.DistanceMetres(_plane.Centre, victim) > 20_000)
        {
            _plane = new LocalProjection(victim);
        }

        return _plane.DistanceMetres(aggressor, victim);
    }

    private AlarmTrigger Trigger(AlarmType type, AcceptedFix aggressor, AcceptedFix victim, double distance, DateTime at, BreachProof proof)
    {
        var evidence = new AlarmEvidence(
            Rule: type == AlarmType.Proximity ? "dynamic_zone" : "dynamic_zone_pre_alert",
            RadiusMetres: rule.RadiusMetres,
            PreAlertBandMetres: rule.PreAlertBandMetres,
            DistanceMetres: distance,
            Aggressor: Evidence.Of(aggressor),
            Victim: Evidence.Of(victim),
            ZoneId: null,
            ZoneName: null)
        {
            Proof = Evidence.Code(proof),
        };
        return new AlarmTrigger(type, evidence) { At = at, Repeat = proof == BreachProof.Repeat };
    }
}
