using Amparo.Domain.Alarms;
using Amparo.Domain.Geo;
using Amparo.Domain.Monitoring;

namespace Amparo.Domain.Engine;

/// <summary>
/// Where the aggressor must be during a schedule: inside a curfew zone, or within an allowed route's corridor.
/// Outside it during the schedule is a breach, with the same accuracy gating as an exclusion zone. At the moment
/// a schedule starts, a recent fix already clearly outside raises at once.
/// </summary>
public sealed class ScheduledAreaRule(
    AlarmType type, string name, Guid? zoneId, double radiusMetres, Schedule schedule, TimeZoneInfo timeZone,
    Func<GeoPoint, double> metresOutside, EngineSettings settings)
{
    private readonly BreachGate _outside = new();

    public Schedule Schedule => schedule;

    public void Evaluate(AcceptedFix aggressor, bool afterGap, EngineOutput output)
    {
        ArgumentNullException.ThrowIfNull(aggressor);
        ArgumentNullException.ThrowIfNull(output);
        if (!schedule.IsActive(aggressor.At, timeZone))
        {
            _outside.Reset();
            return;
        }

        var outside = metresOutside(aggressor.Point);
        var wasOutside = _outside.Breached;
        if (_outside.Observe(outside, aggressor.AccuracyMetres, afterGap, settings.HysteresisMetres, aggressor.Leap) is { } proof)
        {
            output.Raise(Trigger(aggressor, aggressor.At, outside, proof));
        }
        else if (wasOutside && !_outside.Breached)
        {
            output.Clear(type, aggressor.At, $"El agresor volvió a «{name}».", zoneId);
        }
    }

    /// <summary>The schedule started or ended at <paramref name="edge"/>; <paramref name="last"/> is the aggressor's latest fix.</summary>
    public void ScheduleEdge(DateTime edge, AcceptedFix? last, EngineOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!schedule.IsActive(edge, timeZone))
        {
            _outside.Reset();
            return;
        }

        // A fix at the very instant of the start was already evaluated under the schedule.
        if (_outside.Breached || last is null || edge - last.At > settings.SignalLossAfter)
        {
            return;
        }

        var outside = metresOutside(last.Point);
        if (_outside.Observe(outside, last.AccuracyMetres, afterGap: false, settings.HysteresisMetres) is { } proof)
        {
            output.Raise(Trigger(last, edge, outside, proof));
        }
    }

    private AlarmTrigger Trigger(AcceptedFix aggressor, DateTime at, double outside, BreachProof proof)
    {
        var evidence = new AlarmEvidence(
            Rule: type == AlarmType.CurfewBreach ? "curfew" : "route_corridor",
            RadiusMetres: radiusMetres, PreAlertBandMetres: 0, DistanceMetres: outside,
            Aggressor: Evidence.Of(aggressor), Victim: null, ZoneId: zoneId, ZoneName: name, RawFrame: aggressor.RawFrame)
        {
            Proof = Evidence.Code(proof),
        };
        return new AlarmTrigger(type, evidence) { At = at, Repeat = proof == BreachProof.Repeat };
    }
}
