using Amparo.Data.Database;
using Amparo.Data.Zones;
using Amparo.Domain.Geo;
using Amparo.Domain.Monitoring;
using Amparo.Domain.Positions;
using Amparo.Domain.Zones;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Monitoring.Cases;

/// <summary>Loads a case's rules and both parties' last fixes from the database.</summary>
public sealed class CaseSnapshotLoader(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<CaseSnapshot?> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var monitored = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (monitored is null)
        {
            return null;
        }

        var zones = await db.Zones.AsNoTracking().Where(z => z.CaseId == caseId).ToListAsync(cancellationToken);
        var fixedZones = zones.Where(z => z.Kind == ZoneKind.Fixed).Select(z => z.ToDefinition()).ToList();
        var dynamic = zones.FirstOrDefault(z => z.Kind == ZoneKind.Dynamic);
        var lastFixes = await LastFixesAsync(db, caseId, cancellationToken);
        var centre = fixedZones.Select(CentreOf).Cast<GeoPoint?>().FirstOrDefault()
            ?? lastFixes.Select(f => f.Point).Cast<GeoPoint?>().FirstOrDefault()
            ?? new GeoPoint(0, 0);
        var rules = new CaseRules(
            centre,
            fixedZones,
            dynamic is null ? null : new ProximityRule(dynamic.RadiusMetres, dynamic.PreAlertBandMetres));
        return new CaseSnapshot(caseId, monitored.FileNumber, monitored.JurisdictionId, rules, lastFixes);
    }

    private static async Task<IReadOnlyList<PartyFix>> LastFixesAsync(AmparoDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        var assignments = await db.DeviceAssignments.AsNoTracking()
            .Where(a => a.CaseId == caseId && a.RemovedAt == null)
            .ToListAsync(cancellationToken);
        var fixes = new List<PartyFix>();
        foreach (var assignment in assignments)
        {
            var last = await db.Positions.AsNoTracking()
                .Where(p => p.DeviceId == assignment.DeviceId && p.Valid)
                .OrderByDescending(p => p.FixTime)
                .FirstOrDefaultAsync(cancellationToken);
            if (last is not null)
            {
                fixes.Add(new PartyFix(assignment.Role, assignment.DeviceId, last.FixTime,
                    new GeoPoint(last.Latitude, last.Longitude), last.AccuracyMetres));
            }
        }

        return fixes;
    }

    private static GeoPoint CentreOf(ZoneDefinition zone) => zone.Shape switch
    {
        CircleShape circle => circle.Centre,
        PolygonShape polygon => polygon.Vertices[0],
        _ => throw new ArgumentException("Unknown zone shape.", nameof(zone)),
    };
}
