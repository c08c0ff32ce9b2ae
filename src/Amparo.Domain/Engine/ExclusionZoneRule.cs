using Amparo.Domain.Alarms;
using Amparo.Domain.Monitoring;
using Amparo.Domain.Zones;

namespace Amparo.Domain.Engine;

/// <summary>A fixed place the aggressor may not enter (the victim's home, work, the children's school), and its pre-alert band.</summary>
public sealed class ExclusionZoneRule(ProjectedZone zone, EngineSettings settings)
{
    private readonly BreachGate _entry = new();
    private readonly BreachGate _preAlert = new();

    public ProjectedZone Zone => zone;

    public bool Breached => _entry.Breached;

    public void Evaluate(AcceptedFix aggressor, bool afterGap, AcceptedFix? victim, EngineOutput output)
    {
        ArgumentNullException.ThrowIfNull(aggressor);
        ArgumentNullException.ThrowIfNull(output);
        var depth = -zone.SignedDistanceMetres(aggressor.Point);
        var wasInside = _entry.Breached;
        var entry = _entry.Observe(depth, aggressor.AccuracyMetres, afterGap, settings.HysteresisMetres, aggressor.Leap);
        var pre = _preAlert.Observe(depth + zone.Definition.PreAlertBandMetres, aggressor.AccuracyMetres, afterGap, settings.HysteresisMetres, aggressor.Leap);
        if (entry is { } proof)
        {
            output.Raise(Trigger(AlarmType.ZoneEntry, aggressor, victim, proof));
        }
        else if (!_entry.Breached && pre is { } early)
        {
            output.Raise(Trigger(AlarmType.ZonePreAlert, aggressor, victim, early));
        }

        if (wasInside && !_entry.Breached)
        {
            output.Clear(AlarmType.ZoneEntry, aggressor.At, $"El agresor salió de la zona «{zone.Definition.Name}».", zone.Definition.Id);
        }
    }

    private AlarmTrigger Trigger(AlarmType type, AcceptedFix aggressor, AcceptedFix? victim, BreachProof proof)
    {
        var evidence = new AlarmEvidence(
            Rule: type == AlarmType.ZoneEntry ? "fixed_zone" : "fixed_zone_pre_alert",
            RadiusMetres: zone.RadiusMetres,
            PreAlertBandMetres: zone.Definition.PreAlertBandMetres,
            DistanceMetres: zone.Classify(aggressor.Point).DistanceMetres,
            Aggressor: Evidence.Of(aggressor),
            Victim: victim is null ? null : Evidence.Of(victim),
            ZoneId: zone.Definition.Id,
            ZoneName: zone.Definition.Name,
            RawFrame: aggressor.RawFrame)
        {
            Proof = Evidence.Code(proof),
        };
        return new AlarmTrigger(type, evidence) { At = aggressor.At, Repeat = proof == BreachProof.Repeat };
    }
}
