using Amparo.Domain.Alarms;
using Amparo.Domain.Devices;
using Amparo.Domain.Geo;
using Amparo.Domain.People;
using Amparo.Domain.Zones;

namespace Amparo.Domain.Engine;

/// <summary>
/// The rules of one case over the reports of its devices, in the reports' own time. Pure: the caller feeds inputs
/// in order and runs the clock (<see cref="Advance"/>) up to <see cref="NextDueAt"/>, so the same code serves the
/// live grain on the wall clock and a replay on virtual time. Late fixes (older than the last one) change nothing.
/// </summary>
public sealed class CaseEngine
{
    /// <summary>Events that are alarms in themselves, and the device alarm code shown when the protocol names none.</summary>
    private static readonly Dictionary<DeviceEventKind, (AlarmType Type, string Code)> RaisedByDevice = new()
    {
        [DeviceEventKind.Sos] = (AlarmType.Panic, "sos"),
        [DeviceEventKind.StrapOpen] = (AlarmType.StrapTamper, "strap_open"),
        [DeviceEventKind.DeviceOpen] = (AlarmType.DeviceTamper, "device_open"),
        [DeviceEventKind.PowerOff] = (AlarmType.PowerCut, "power_off"),
    };

    private readonly CasePlan _plan;
    private readonly EngineSettings _settings;
    private readonly LocalProjection _plane;
    private readonly Dictionary<Guid, DeviceWatch> _watches;
    private readonly Dictionary<Guid, FixFilter> _filters;
    private readonly IReadOnlyList<ExclusionZoneRule> _zones;
    private readonly ProximityWatch? _proximity;
    private readonly IReadOnlyList<ScheduledAreaRule> _scheduled;
    private readonly ApproachTracker _approach;
    private AcceptedFix? _aggressor;
    private AcceptedFix? _victim;
    private DateTime _clock = DateTime.MinValue;
    private DateTime? _nextScheduleEdge;

    public CaseEngine(CasePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _plan = plan;
        _settings = plan.Settings;
        _plane = new LocalProjection(plan.ProjectionCentre);
        _watches = plan.Devices.ToDictionary(d => d.Id, d => new DeviceWatch(d, _settings));
        _filters = plan.Devices.ToDictionary(d => d.Id, _ => new FixFilter(_settings, _plane));
        _zones = plan.ExclusionZones.Select(z => new ExclusionZoneRule(new ProjectedZone(z, _plane), _settings)).ToArray();
        _proximity = plan.Proximity is null ? null : new ProximityWatch(plan.Proximity, _settings, _plane);
        _scheduled = [.. plan.Curfews.Select(Curfew), .. plan.Routes.Select(Route)];
        _approach = new ApproachTracker(_settings);
    }

    public CasePlan Plan => _plan;

    public AcceptedFix? LastFix(PartyRole role) => role == PartyRole.Aggressor ? _aggressor : _victim;

    public DeviceWatch? Watch(Guid deviceId) => _watches.GetValueOrDefault(deviceId);

    /// <summary>When the clock must next run for a timer (silence, separation grace, a schedule's edge).</summary>
    public DateTime? NextDueAt
    {
        get
        {
            var due = _nextScheduleEdge;
            foreach (var watch in _watches.Values)
            {
                if (watch.NextDueAt is { } d && (due is null || d < due))
                {
                    due = d;
                }
            }

            return due;
        }
    }

    public EngineResult Observe(EngineInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var output = new EngineOutput(LastFix);
        // Timers due before this report fire first; a report that arrives exactly at a deadline is on time.
        RunClock(input.At.AddTicks(-1), output);
        if (_watches.TryGetValue(input.DeviceId, out var watch))
        {
            switch (input)
            {
                case FixInput fix:
                    ObserveFix(fix, watch, output);
                    break;
                case DeviceEventInput deviceEvent:
                    ObserveEvent(deviceEvent, watch, output);
                    break;
            }
        }

        return output.ToResult(NextDueAt);
    }

    public EngineResult Advance(DateTime now)
    {
        var output = new EngineOutput(LastFix);
        RunClock(now, output);
        return output.ToResult(NextDueAt);
    }

    private void RunClock(DateTime now, EngineOutput output)
    {
        if (_nextScheduleEdge is { } next && next <= now)
        {
            foreach (var rule in _scheduled)
            {
                for (var edge = rule.Schedule.NextChange(_clock, _plan.TimeZone); edge is { } e && e <= now; edge = rule.Schedule.NextChange(e, _plan.TimeZone))
                {
                    rule.ScheduleEdge(e, _aggressor, output);
                }
            }
        }

        foreach (var watch in _watches.Values)
        {
            watch.Advance(now, output);
        }

        _clock = now > _clock ? now : _clock;
        if (_scheduled.Count > 0 && (_nextScheduleEdge is null || _nextScheduleEdge <= _clock))
        {
            // Edges are computed through time-zone rules: once per edge crossed, not on every report.
            _nextScheduleEdge = _scheduled.Select(s => s.Schedule.NextChange(_clock, _plan.TimeZone)).Where(e => e is not null).Min();
        }
    }

    private void ObserveFix(FixInput fix, DeviceWatch watch, EngineOutput output)
    {
        var afterGap = watch.LastReportAt is { } previous && fix.At - previous > _settings.GapForImmediateBreach;
        watch.Report(fix.At, fix.Valid, fix.BatteryPercent, fix.Moving == true, output);
        if (watch.Device.Kind == DeviceKind.Bracelet || _filters[fix.DeviceId].Accept(fix) is not { } accepted)
        {
            return;
        }

        if (watch.Device.Role == PartyRole.Victim)
        {
            _victim = accepted;
            if (_aggressor is { } aggressor)
            {
                _proximity?.Evaluate(aggressor, accepted, fix.At, afterGap: false, output);
            }

            return;
        }

        _aggressor = accepted;
        foreach (var zone in _zones)
        {
            zone.Evaluate(accepted, afterGap, _victim, output);
        }

        foreach (var rule in _scheduled)
        {
            rule.Evaluate(accepted, afterGap, output);
        }

        if (_victim is { } victim)
        {
            _proximity?.Evaluate(accepted, victim, fix.At, afterGap, output);
        }

        _approach.Evaluate(accepted, ApproachTargets(fix.At), output);
    }

    private IEnumerable<ApproachTarget> ApproachTargets(DateTime at)
    {
        foreach (var zone in _zones.Where(z => !z.Breached))
        {
            yield return new ApproachTarget(zone.Zone.Definition.Id.ToString(), zone.Zone.Definition.Name, zone.Zone.Definition.Id, zone.Zone.SignedDistanceMetres, _victim);
        }

        if (_proximity is { Breached: false } proximity && _victim is { } victim && at - victim.At <= _settings.SignalLossAfter)
        {
            yield return new ApproachTarget("victim", null, null, p => proximity.DistanceMetres(p, victim.Point) - proximity.Rule.RadiusMetres, victim);
        }
    }

    private static void ObserveEvent(DeviceEventInput input, DeviceWatch watch, EngineOutput output)
    {
        var device = watch.Device;
        watch.Report(input.At, validFix: false, input.BatteryPercent, input.Event == DeviceEventKind.Moving, output, countsAsNoFix: input.Event == DeviceEventKind.Heartbeat);
        if (RaisedByDevice.TryGetValue(input.Event, out var raised))
        {
            output.RaiseForDevice(raised.Type, input.At, device, rawFrame: input.RawFrame, deviceAlarm: input.DeviceAlarm ?? raised.Code);
            return;
        }

        switch (input.Event)
        {
            case DeviceEventKind.LowBattery:
                watch.LowBatteryReported(input.At, input.RawFrame, output);
                break;
            case DeviceEventKind.BraceletOutOfRange:
                watch.BraceletOutOfRange(input.At);
                break;
            case DeviceEventKind.BraceletInRange:
                watch.BraceletInRange(input.At, output);
                break;
            case DeviceEventKind.Heartbeat:
            case DeviceEventKind.Moving:
                break;
        }
    }

    private ScheduledAreaRule Curfew(CurfewZone curfew)
    {
        var zone = new ProjectedZone(curfew.Zone, _plane);
        return new ScheduledAreaRule(AlarmType.CurfewBreach, curfew.Zone.Name, curfew.Zone.Id, zone.RadiusMetres, curfew.Schedule, _plan.TimeZone, zone.SignedDistanceMetres, _settings);
    }

    private ScheduledAreaRule Route(RouteCorridor route)
    {
        var path = _plane.Geometry.CreateLineString(route.Path.Select(_plane.ToMetres).ToArray());
        return new ScheduledAreaRule(AlarmType.RouteDeviation, route.Name, null, route.HalfWidthMetres, route.Schedule, _plan.TimeZone,
            p => path.Distance(_plane.PointInMetres(p)) - route.HalfWidthMetres, _settings);
    }
}
