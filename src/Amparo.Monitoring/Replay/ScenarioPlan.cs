using Amparo.Domain.Devices;
using Amparo.Domain.Engine;
using Amparo.Domain.Geo;
using Amparo.Domain.People;
using Amparo.Domain.Zones;

namespace Amparo.Monitoring.Replay;

/// <summary>Builds the engine's case plan and inputs from a scenario document; a malformed scenario says what is wrong.</summary>
public static class ScenarioPlan
{
    public static CasePlan ToPlan(ScenarioDocument scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var c = scenario.Case ?? throw new ScenarioException("The scenario has no \"case\".");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(scenario.TimeZone ?? "UTC");
        var zones = c.Zones ?? [];
        var exclusions = zones.Where(z => z.Kind == "exclusion").Select(z => Definition(z, preAlertFactor: c.PreAlertFactor ?? 2.0)).ToList();
        var curfews = zones.Where(z => z.Kind == "inclusion").Select(z => new CurfewZone(Definition(z, 1.0), Schedule(z))).ToList();
        var routes = zones.Where(z => z.Kind == "route").Select(Route).ToList();
        foreach (var unknown in zones.Where(z => z.Kind is not ("exclusion" or "inclusion" or "route")))
        {
            throw new ScenarioException($"Zone \"{unknown.Name}\": kind must be exclusion, inclusion or route, not \"{unknown.Kind}\".");
        }

        var proximity = c.DistanceMeters is { } distance ? new ProximityRule(distance, distance * ((c.PreAlertFactor ?? 2.0) - 1)) : null;
        var centre = exclusions.Select(e => e.Shape).OfType<CircleShape>().Select(s => s.Centre).Cast<GeoPoint?>().FirstOrDefault()
            ?? scenario.Events.Where(e => e.Lat is not null).Select(e => new GeoPoint(e.Lat!.Value, e.Lon!.Value)).Cast<GeoPoint?>().FirstOrDefault()
            ?? new GeoPoint(0, 0);
        return new CasePlan(c.Id, centre, zone, exclusions, proximity, curfews, routes, Devices(c), Settings(c.Settings));
    }

    public static IReadOnlyList<EngineInput> ToInputs(ScenarioDocument scenario, CasePlan plan)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        var devices = plan.Devices.ToDictionary(d => d.Label, d => d.Id);
        return scenario.Events.OrderBy(e => e.T).Select(e =>
        {
            var id = devices.TryGetValue(e.Device, out var known) ? known : throw new ScenarioException($"Event at {e.T:O}: unknown device \"{e.Device}\".");
            var at = DateTime.SpecifyKind(e.T.ToUniversalTime(), DateTimeKind.Utc);
            if (e.Event is { } name)
            {
                var kind = DeviceEvents.FromScenarioName(name) ?? throw new ScenarioException($"Event at {e.T:O}: unknown event \"{name}\".");
                return (EngineInput)new DeviceEventInput(id, at, kind, e.Battery);
            }

            if (e.Lat is not { } lat || e.Lon is not { } lon || !GeoPoint.IsValid(lat, lon))
            {
                throw new ScenarioException($"Event at {e.T:O}: a fix needs a valid lat and lon, or an \"event\".");
            }

            return new FixInput(id, at, new GeoPoint(lat, lon), e.Valid ?? true, e.Accuracy, e.Battery);
        }).ToList();
    }

    private static ZoneDefinition Definition(ScenarioZone z, double preAlertFactor)
    {
        ZoneShape shape = z switch
        {
            { Lat: { } lat, Lon: { } lon, RadiusMeters: { } radius } => new CircleShape(new GeoPoint(lat, lon), radius),
            { Polygon: { Count: >= 3 } polygon } => new PolygonShape(polygon.Select(p => new GeoPoint(p[0], p[1])).ToList()),
            _ => throw new ScenarioException($"Zone \"{z.Name}\": give lat, lon and radiusMeters, or a polygon of at least three [lat, lon] points."),
        };
        var band = shape is CircleShape circle ? circle.RadiusMetres * (preAlertFactor - 1) : 0;
        return new ZoneDefinition(Guid.NewGuid(), z.Name, shape, band);
    }

    private static RouteCorridor Route(ScenarioZone z) =>
        z.Path is { Count: >= 2 } path
            ? new RouteCorridor(z.Name, path.Select(p => new GeoPoint(p[0], p[1])).ToList(), (z.WidthMeters ?? 200) / 2, Schedule(z))
            : throw new ScenarioException($"Route \"{z.Name}\": give a path of at least two [lat, lon] points.");

    private static Schedule Schedule(ScenarioZone z) =>
        z.Schedule is { Count: > 0 } windows
            ? new Schedule(windows.Select(w => ScheduleWindow.Parse(w.Days, w.From, w.To)).ToList())
            : throw new ScenarioException($"Zone \"{z.Name}\": an inclusion zone or a route needs a schedule.");

    private static List<CaseDevice> Devices(ScenarioCase c) => c.Devices.Select(d => d.Key switch
    {
        "aggressor" => new CaseDevice(Guid.NewGuid(), d.Value, PartyRole.Aggressor, DeviceKind.AggressorTracker),
        "bracelet" => new CaseDevice(Guid.NewGuid(), d.Value, PartyRole.Aggressor, DeviceKind.Bracelet),
        "victim" => new CaseDevice(Guid.NewGuid(), d.Value, PartyRole.Victim, DeviceKind.Phone),
        _ => throw new ScenarioException($"Device role \"{d.Key}\": one of aggressor, bracelet, victim."),
    }).ToList();

    private static EngineSettings Settings(ScenarioSettings? s)
    {
        var settings = EngineSettings.Default;
        if (s is null)
        {
            return settings;
        }

        return settings with
        {
            ExpectedReportInterval = s.ReportIntervalMinutes is { } interval ? TimeSpan.FromMinutes(interval) : settings.ExpectedReportInterval,
            SignalLossFactor = s.SignalLossFactor ?? settings.SignalLossFactor,
            SeparationGrace = s.SeparationGraceMinutes is { } grace ? TimeSpan.FromMinutes(grace) : settings.SeparationGrace,
            GpsLossAfter = s.GpsLossMinutes is { } gps ? TimeSpan.FromMinutes(gps) : settings.GpsLossAfter,
            HysteresisMetres = s.HysteresisMeters ?? settings.HysteresisMetres,
        };
    }
}
