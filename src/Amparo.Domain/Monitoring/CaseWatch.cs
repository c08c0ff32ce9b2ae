using Amparo.Domain.Alarms;
using Amparo.Domain.Geo;
using Amparo.Domain.People;
using Amparo.Domain.Positions;
using Amparo.Domain.Zones;

namespace Amparo.Domain.Monitoring;

/// <summary>
/// The live state of one case: both parties' last fixes, and the rules that turn a new fix into alarm triggers.
/// Live state only moves forward: a fix older than the last one of its party is stored but changes nothing here.
/// </summary>
public sealed class CaseWatch
{
    /// <summary>Beyond this distance from its centre, the plane used for proximity is centred again on the victim.</summary>
    private const double RecentreMetres = 20_000;

    private readonly IReadOnlyList<ProjectedZone> _zones;
    private readonly ProximityRule? _proximity;
    private LocalProjection _proximityPlane;
    private readonly HashSet<PartyRole> _restoredOnly = [];

    public CaseWatch(CaseRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var plane = new LocalProjection(rules.ProjectionCentre);
        _zones = rules.FixedZones.Select(z => new ProjectedZone(z, plane)).ToArray();
        _proximityPlane = plane;
        _proximity = rules.Proximity;
    }

    public PartyFix? LastAggressorFix { get; private set; }

    public PartyFix? LastVictimFix { get; private set; }

    /// <summary>Sets a party's last fix without evaluating, as when the engine reloads a case.</summary>
    public void Restore(PartyFix fix)
    {
        ArgumentNullException.ThrowIfNull(fix);
        if (IsNewer(fix))
        {
            Remember(fix);
            _restoredOnly.Add(fix.Role);
        }
    }

    public WatchOutcome Observe(PartyFix fix)
    {
        ArgumentNullException.ThrowIfNull(fix);
        // A restored fix was read back from storage, maybe before it was ever evaluated: the same fix may still be observed.
        var sameAsRestored = _restoredOnly.Remove(fix.Role) && LastFixOf(fix.Role)?.FixTime == fix.FixTime;
        if (!sameAsRestored && !IsNewer(fix))
        {
            return WatchOutcome.Late;
        }

        Remember(fix);
        var triggers = new List<AlarmTrigger>();
        if (fix.Role == PartyRole.Aggressor)
        {
            triggers.AddRange(EvaluateZones(fix));
        }

        if (LastAggressorFix is { } aggressor && LastVictimFix is { } victim && EvaluateProximity(aggressor, victim) is { } proximity)
        {
            triggers.Add(proximity);
        }

        return new WatchOutcome(true, triggers);
    }

    private IEnumerable<AlarmTrigger> EvaluateZones(PartyFix aggressor)
    {
        foreach (var zone in _zones)
        {
            var reading = zone.Classify(aggressor.Point);
            var type = reading.Relation switch
            {
                ZoneRelation.Inside => AlarmType.ZoneEntry,
                ZoneRelation.PreAlert => AlarmType.ZonePreAlert,
                ZoneRelation.Outside => (AlarmType?)null,
            };
            if (type is { } fired)
            {
                var evidence = new AlarmEvidence(
                    Rule: fired == AlarmType.ZoneEntry ? "fixed_zone" : "fixed_zone_pre_alert",
                    RadiusMetres: zone.RadiusMetres,
                    PreAlertBandMetres: zone.Definition.PreAlertBandMetres,
                    DistanceMetres: reading.DistanceMetres,
                    Aggressor: ToEvidence(aggressor),
                    Victim: LastVictimFix is { } v ? ToEvidence(v) : null,
                    ZoneId: zone.Definition.Id,
                    ZoneName: zone.Definition.Name);
                yield return new AlarmTrigger(fired, evidence);
            }
        }
    }

    private AlarmTrigger? EvaluateProximity(PartyFix aggressor, PartyFix victim)
    {
        if (_proximity is null)
        {
            return null;
        }

        if (_proximityPlane.DistanceMetres(_proximityPlane.Centre, victim.Point) > RecentreMetres)
        {
            _proximityPlane = new LocalProjection(victim.Point);
        }

        var distance = _proximityPlane.DistanceMetres(aggressor.Point, victim.Point);
        var type = _proximity.Classify(distance) switch
        {
            ZoneRelation.Inside => AlarmType.Proximity,
            ZoneRelation.PreAlert => AlarmType.ProximityPreAlert,
            ZoneRelation.Outside => (AlarmType?)null,
        };
        if (type is not { } fired)
        {
            return null;
        }

        var evidence = new AlarmEvidence(
            Rule: fired == AlarmType.Proximity ? "dynamic_zone" : "dynamic_zone_pre_alert",
            RadiusMetres: _proximity.RadiusMetres,
            PreAlertBandMetres: _proximity.PreAlertBandMetres,
            DistanceMetres: distance,
            Aggressor: ToEvidence(aggressor),
            Victim: ToEvidence(victim),
            ZoneId: null,
            ZoneName: null);
        return new AlarmTrigger(fired, evidence);
    }

    public PartyFix? LastFixOf(PartyRole role) => role == PartyRole.Aggressor ? LastAggressorFix : LastVictimFix;

    private bool IsNewer(PartyFix fix) => LastFixOf(fix.Role) is not { } last || fix.FixTime > last.FixTime;

    private void Remember(PartyFix fix)
    {
        if (fix.Role == PartyRole.Aggressor)
        {
            LastAggressorFix = fix;
        }
        else
        {
            LastVictimFix = fix;
        }
    }

    private static FixEvidence ToEvidence(PartyFix fix) =>
        new(fix.DeviceId, fix.FixTime, fix.Point.Latitude, fix.Point.Longitude, fix.AccuracyMetres);
}
