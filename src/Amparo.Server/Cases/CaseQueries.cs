using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Data.Zones;
using Amparo.Domain.Alarms;
using Amparo.Domain.People;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Cases;

/// <summary>
/// Reads cases for a user, within her jurisdictions. Anything that locates the victim (her track, her last fix,
/// the zones around her home) is returned only when the user may see it; the caller audits those reads.
/// </summary>
public sealed class CaseQueries(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<IReadOnlyList<CaseSummary>> ListAsync(UserScope scope, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await SummariesAsync(db, scope, null, cancellationToken);
    }

    public async Task<CaseDetail?> GetAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var summary = (await SummariesAsync(db, scope, caseId, cancellationToken)).FirstOrDefault();
        if (summary is null)
        {
            return null;
        }

        var zones = await ZonesAsync(db, [caseId], scope, cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.Role).ToListAsync(cancellationToken);
        var assigned = await (
            from a in db.DeviceAssignments.AsNoTracking()
            join d in db.Devices.AsNoTracking() on a.DeviceId equals d.Id
            where a.CaseId == caseId && a.RemovedAt == null
            select new { a.PersonId, Device = d, a.AssignedAt }).ToListAsync(cancellationToken);
        var health = await DeviceHealthReader.ReadAsync(db, caseId, assigned.Select(a => (a.Device, a.AssignedAt)).ToList(), cancellationToken);
        var parties = people.Select(p =>
        {
            var restricted = p.Role == PartyRole.Victim && !scope.SeesVictimLocation;
            var devices = assigned.Where(a => a.PersonId == p.Id).Select(a => health[a.Device.Id]).ToList();
            return restricted
                ? new PartyView(p.Id, p.Role.ToString(), true, null, null, [], devices)
                : new PartyView(p.Id, p.Role.ToString(), false, p.FullName, p.DocumentNumber, p.Phones, devices);
        }).ToList();
        var measures = await db.Set<ProtectionMeasure>().AsNoTracking()
            .Where(m => m.CaseId == caseId).OrderBy(m => m.StartsOn).ThenBy(m => m.Type)
            .ToListAsync(cancellationToken);
        return new CaseDetail(summary, zones.GetValueOrDefault(caseId, []), parties, measures.Select(MeasureView.From).ToList());
    }

    public async Task<bool> VisibleAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await Visible(db, scope).AnyAsync(c => c.Id == caseId, cancellationToken);
    }

    public async Task<PartyTrack?> TrackAsync(Guid caseId, PartyRole role, DateTime from, DateTime to, UserScope scope, CancellationToken cancellationToken)
    {
        if (role == PartyRole.Victim && !scope.SeesVictimLocation)
        {
            return null;
        }

        await using var db = contexts.CreateDbContext();
        if (!await Visible(db, scope).AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            return null;
        }

        var points = await PartyPositions.ReadAsync(db, caseId, role, from, to, validOnly: false, receivedBy: null, cancellationToken);
        return new PartyTrack(caseId, role, points);
    }

    public async Task<IReadOnlyList<LiveCase>> LiveAsync(UserScope scope, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var cases = await SummariesAsync(db, scope, null, cancellationToken);
        var ids = cases.Select(c => c.Id).ToList();
        var zones = await ZonesAsync(db, ids, scope, cancellationToken);
        var assignments = await db.DeviceAssignments.AsNoTracking()
            .Where(a => ids.Contains(a.CaseId) && a.RemovedAt == null)
            .ToListAsync(cancellationToken);
        var readable = scope.SeesVictimLocation ? assignments : assignments.Where(a => a.Role != PartyRole.Victim).ToList();
        var last = await LastFixesAsync(db, readable.Select(a => a.Id).ToList(), cancellationToken);
        var byCase = readable.ToLookup(a => a.CaseId);
        return cases.Select(summary => new LiveCase(
            summary,
            zones.GetValueOrDefault(summary.Id, []),
            Latest(byCase[summary.Id], PartyRole.Aggressor, last),
            Latest(byCase[summary.Id], PartyRole.Victim, last))).ToList();
    }

    private static TrackPoint? Latest(IEnumerable<DeviceAssignment> assignments, PartyRole role, Dictionary<Guid, TrackPoint> last) =>
        assignments.Where(a => a.Role == role)
            .Select(a => last.GetValueOrDefault(a.DeviceId))
            .OfType<TrackPoint>()
            .MaxBy(p => p.FixTime);

    /// <summary>
    /// Each worn device's latest valid fix since it was put on (a device reused from another case never shows where
    /// its former wearer was): the ids first, one index seek per device (a correlated subquery both databases run on
    /// the device/time index), then the rows; never a scan of the history.
    /// </summary>
    private static async Task<Dictionary<Guid, TrackPoint>> LastFixesAsync(AmparoDbContext db, List<Guid> assignmentIds, CancellationToken cancellationToken)
    {
        var fixes = new Dictionary<Guid, TrackPoint>();
        foreach (var chunk in assignmentIds.Chunk(1000))
        {
            var positionIds = await db.DeviceAssignments.AsNoTracking()
                .Where(a => chunk.Contains(a.Id))
                .Select(a => db.Positions.Where(p => p.DeviceId == a.DeviceId && p.Valid && p.FixTime >= a.AssignedAt)
                    .OrderByDescending(p => p.FixTime).Select(p => (long?)p.Id).FirstOrDefault())
                .Where(id => id != null)
                .ToListAsync(cancellationToken);
            var rows = await db.Positions.AsNoTracking().Where(p => positionIds.Contains(p.Id)).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                fixes[row.DeviceId] = TrackPoint.From(row);
            }
        }

        return fixes;
    }

    private static IQueryable<MonitoredCase> Visible(AmparoDbContext db, UserScope scope)
    {
        var query = db.Cases.AsNoTracking();
        if (scope.Jurisdictions is { } visible)
        {
            var list = visible.ToList();
            query = query.Where(c => list.Contains(c.JurisdictionId));
        }

        return query;
    }

    private static async Task<List<CaseSummary>> SummariesAsync(AmparoDbContext db, UserScope scope, Guid? caseId, CancellationToken cancellationToken)
    {
        var query = from c in Visible(db, scope)
                    join j in db.Jurisdictions.AsNoTracking() on c.JurisdictionId equals j.Id
                    select new { Case = c, Jurisdiction = j.Name };
        if (caseId is { } only)
        {
            query = query.Where(x => x.Case.Id == only);
        }

        var rows = await query.OrderBy(x => x.Case.FileNumber).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Case.Id).ToList();
        var openAlarms = await db.Alarms.AsNoTracking()
            .Where(a => ids.Contains(a.CaseId) && a.State != AlarmState.Resolved)
            .GroupBy(a => a.CaseId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return rows.Select(r => new CaseSummary(r.Case.Id, r.Case.FileNumber, r.Case.Court, r.Case.Status,
            r.Case.JurisdictionId, r.Jurisdiction, openAlarms.GetValueOrDefault(r.Case.Id))).ToList();
    }

    /// <summary>Fixed zones locate the victim's home: their geometry goes only to those who may see her location.</summary>
    private static async Task<Dictionary<Guid, IReadOnlyList<ZoneView>>> ZonesAsync(
        AmparoDbContext db, IReadOnlyCollection<Guid> caseIds, UserScope scope, CancellationToken cancellationToken)
    {
        var zones = await db.Zones.AsNoTracking().Where(z => caseIds.Contains(z.CaseId)).ToListAsync(cancellationToken);
        return zones.GroupBy(z => z.CaseId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<ZoneView>)g.Select(z => new ZoneView(
                z.Id, z.Name, z.Kind.ToString(),
                scope.SeesVictimLocation ? z.CentreLatitude : null,
                scope.SeesVictimLocation ? z.CentreLongitude : null,
                z.RadiusMetres, z.PreAlertBandMetres,
                scope.SeesVictimLocation && z.PolygonJson is { } json
                    ? ZoneGeometry.ParsePolygon(json).Select(v => new[] { v.Latitude, v.Longitude }).ToList()
                    : null)).ToList());
    }
}
