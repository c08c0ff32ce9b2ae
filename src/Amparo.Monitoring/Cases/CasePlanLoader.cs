using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Zones;
using Amparo.Domain.Cases;
using Amparo.Domain.Devices;
using Amparo.Domain.Engine;
using Amparo.Domain.Geo;
using Amparo.Domain.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Monitoring.Cases;

/// <summary>Builds a case's engine plan from the database: its zones by kind, its devices in service, its time zone and thresholds.</summary>
public sealed class CasePlanLoader(IDbContextFactory<AmparoDbContext> contexts, IOptions<EngineSettings> defaults)
{
    public async Task<CaseSnapshot?> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var monitored = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (monitored is null || monitored.Status != CaseStatus.Active)
        {
            return null;
        }

        var zones = await db.Zones.AsNoTracking().Where(z => z.CaseId == caseId).ToListAsync(cancellationToken);
        var devices = await (
            from a in db.DeviceAssignments.AsNoTracking()
            join d in db.Devices.AsNoTracking() on a.DeviceId equals d.Id
            where a.CaseId == caseId && a.RemovedAt == null
            select new CaseDevice(d.Id, d.Label ?? d.UniqueId, a.Role, d.Kind,
                d.ReportIntervalSeconds == null ? null : TimeSpan.FromSeconds(d.ReportIntervalSeconds.Value), a.AssignedAt,
                d.Protocol != DeviceProtocol.App || d.ReportIntervalSeconds != null))
            .ToListAsync(cancellationToken);
        return new CaseSnapshot(caseId, monitored.FileNumber, monitored.JurisdictionId, ToPlan(monitored, zones, devices));
    }

    private CasePlan ToPlan(MonitoredCase monitored, IReadOnlyList<Zone> zones, IReadOnlyList<CaseDevice> devices)
    {
        var exclusions = zones.Where(z => z.Kind == ZoneKind.Fixed).Select(z => z.ToDefinition()).ToList();
        var curfews = zones.Where(z => z.Kind == ZoneKind.Inclusion)
            .Select(z => new CurfewZone(z.ToDefinition(), ScheduleOf(z)))
            .ToList();
        var routes = zones.Where(z => z.Kind == ZoneKind.Route)
            .Select(z => new RouteCorridor(z.Name, ZoneGeometry.ParsePolygon(z.PathJson ?? "[]"), z.RadiusMetres, ScheduleOf(z)))
            .ToList();
        var dynamic = zones.FirstOrDefault(z => z.Kind == ZoneKind.Dynamic);
        var centre = exclusions.Concat(curfews.Select(c => c.Zone)).Select(CentreOf).Cast<GeoPoint?>().FirstOrDefault()
            ?? routes.SelectMany(r => r.Path).Cast<GeoPoint?>().FirstOrDefault()
            ?? new GeoPoint(0, 0);
        return new CasePlan(
            monitored.FileNumber,
            centre,
            TimeZoneInfo.FindSystemTimeZoneById(monitored.TimeZone),
            exclusions,
            dynamic is null ? null : new ProximityRule(dynamic.RadiusMetres, dynamic.PreAlertBandMetres),
            curfews,
            routes,
            devices,
            CaseSettings.Apply(defaults.Value, monitored.EngineSettingsJson));
    }

    private static Schedule ScheduleOf(Zone zone) =>
        zone.ScheduleJson is { } json ? ScheduleEntry.Parse(json) : throw new InvalidOperationException($"Zone {zone.Id} applies on a schedule but has none.");

    private static GeoPoint CentreOf(ZoneDefinition zone) => zone.Shape switch
    {
        CircleShape circle => circle.Centre,
        PolygonShape polygon => polygon.Vertices[0],
        _ => throw new ArgumentException("Unknown zone shape.", nameof(zone)),
    };
}
