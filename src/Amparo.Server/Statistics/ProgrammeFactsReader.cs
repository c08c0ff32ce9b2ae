using Amparo.Data.Database;
using Amparo.Domain.Citizens;
using Amparo.Domain.Statistics;
using Amparo.Server.Auth;
using Amparo.Server.Supervision;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Statistics;

/// <summary>Reads the programme's facts for a period in the user's jurisdictions (all of them for a user without a jurisdiction).</summary>
public sealed class ProgrammeFactsReader(IDbContextFactory<AmparoDbContext> contexts, SupervisionQueries alarms)
{
    public async Task<ProgrammeFacts> ReadAsync(UserScope scope, DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var jurisdictions = scope.Jurisdictions?.ToList();
        var cases = db.Cases.AsNoTracking().Where(c => jurisdictions == null || jurisdictions.Contains(c.JurisdictionId));
        var caseFacts = await cases.Where(c => c.CreatedAt < end && (c.ClosedAt == null || c.ClosedAt >= start))
            .Select(c => new { c.CreatedAt, c.ActivatedAt, c.ClosedAt, c.Closure }).ToListAsync(cancellationToken);
        var assignments = await (
            from a in db.DeviceAssignments.AsNoTracking()
            join c in cases on a.CaseId equals c.Id
            join d in db.Devices.AsNoTracking() on a.DeviceId equals d.Id
            where a.AssignedAt < end && (a.RemovedAt == null || a.RemovedAt >= start)
            select new { a.DeviceId, a.AssignedAt, a.RemovedAt, d.Model, d.Protocol }).ToListAsync(cancellationToken);
        var appPanics = await (
            from a in db.AppAlerts.AsNoTracking()
            join c in cases on a.CaseId equals c.Id
            where a.RaisedAt >= start && a.RaisedAt < end
            select a.RaisedAt).ToListAsync(cancellationToken);
        var citizenAlerts = await db.CitizenAlerts.AsNoTracking()
            .Where(a => (jurisdictions == null || jurisdictions.Contains(a.JurisdictionId)) && a.RaisedAt >= start && a.RaisedAt < end)
            .Select(a => new CitizenAlertFact(a.Kind.ToString(), a.RaisedAt, a.ClaimedAt, a.ResolvedAt)).ToListAsync(cancellationToken);
        var reports = await db.CitizenReports.AsNoTracking()
            .Where(r => (jurisdictions == null || jurisdictions.Contains(r.JurisdictionId)) && r.FiledAt >= start && r.FiledAt < end)
            .Select(r => new
            {
                r.Category, r.Queue, r.FiledAt, r.Status,
                EndedAt = db.CitizenReportChanges.Where(c => c.ReportId == r.Id && (c.Status == ReportStatus.Resolved || c.Status == ReportStatus.Rejected))
                    .Max(c => (DateTime?)c.At),
            }).ToListAsync(cancellationToken);
        return new ProgrammeFacts(start, end,
            caseFacts.Select(c => new CaseFact(c.CreatedAt, c.ActivatedAt, c.ClosedAt, c.Closure?.ToString())).ToList(),
            assignments.Select(a => new AssignmentFact(a.DeviceId, a.AssignedAt, a.RemovedAt, a.Model ?? a.Protocol.ToString())).ToList(),
            await alarms.RecordsAsync(scope, start, end, cancellationToken),
            appPanics,
            citizenAlerts,
            reports.Select(r => new CitizenReportFact(r.Category, r.Queue.ToString(), r.FiledAt, r.Status.ToString(), r.EndedAt)).ToList(),
            await RegistrationsAsync(db, cases, jurisdictions, start, end, cancellationToken));
    }

    /// <summary>Victims' phones linked in the period, and citizens whose number was first verified in it (a renewal is not a new registration).</summary>
    private static async Task<List<RegistrationFact>> RegistrationsAsync(
        AmparoDbContext db, IQueryable<Data.Cases.MonitoredCase> cases, List<Guid>? jurisdictions, DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        var victims = await (
            from i in db.AppInstallations.AsNoTracking()
            join c in cases on i.CaseId equals c.Id
            where i.EnrolledAt >= start && i.EnrolledAt < end
            select i.EnrolledAt).ToListAsync(cancellationToken);
        var citizens = await (
            from a in db.CitizenAccounts.AsNoTracking()
            where jurisdictions == null || jurisdictions.Contains(a.JurisdictionId)
            let first = db.PhoneVerifications.Where(v => v.Phone == a.Phone && v.VerifiedAt != null).Min(v => v.VerifiedAt)
            where first >= start && first < end
            select first!.Value).ToListAsync(cancellationToken);
        return [.. victims.Select(at => new RegistrationFact("victim-app", at)), .. citizens.Select(at => new RegistrationFact("citizen", at))];
    }
}
