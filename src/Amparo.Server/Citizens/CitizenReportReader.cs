using Amparo.Data.Citizens;
using Amparo.Data.Database;
using Amparo.Domain.Citizens;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Citizens;

/// <summary>Reads reports with their citizen and follow-up, filtered the way the centre's queues need.</summary>
public sealed class CitizenReportReader(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<CitizenReportView?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await ViewsAsync(db, db.CitizenReports.Where(r => r.Id == id), cancellationToken)).FirstOrDefault();
    }

    /// <summary>A citizen's own reports from her app, newest first; at most 50.</summary>
    public async Task<IReadOnlyList<CitizenReportView>> MineAsync(Guid citizenId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var views = await ViewsAsync(db, db.CitizenReports.Where(r => r.CitizenId == citizenId).OrderByDescending(r => r.FiledAt).Take(50), cancellationToken);
        return views.OrderByDescending(r => r.FiledAt).ToList();
    }

    /// <summary>The reports of the jurisdictions (null: all) in a queue; open first, oldest first; at most 300.</summary>
    public async Task<IReadOnlyList<CitizenReportView>> ListAsync(IReadOnlySet<Guid>? jurisdictions, ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.CitizenReports.Where(r => r.Queue == filter.Queue);
        if (jurisdictions is not null)
        {
            var ids = jurisdictions.ToList();
            query = query.Where(r => ids.Contains(r.JurisdictionId));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        else if (filter.OpenOnly)
        {
            query = query.Where(r => r.Status != ReportStatus.Resolved && r.Status != ReportStatus.Rejected);
        }

        if (filter.Category is { Length: > 0 } category)
        {
            query = query.Where(r => r.Category == category);
        }

        if (filter.Area is { Length: > 0 } area)
        {
            query = query.Where(r => r.Area == area);
        }

        var views = await ViewsAsync(db, query.OrderByDescending(r => r.FiledAt).Take(300), cancellationToken);
        return views.OrderBy(r => ReportTransitions.IsClosed(r.Status) ? 1 : 0).ThenBy(r => r.FiledAt).ToList();
    }

    private static async Task<List<CitizenReportView>> ViewsAsync(AmparoDbContext db, IQueryable<CitizenReport> reports, CancellationToken cancellationToken)
    {
        var rows = await reports.AsNoTracking()
            .GroupJoin(db.CitizenAccounts.AsNoTracking(), r => r.CitizenId, c => c.Id, (r, c) => new { Report = r, Citizens = c })
            .SelectMany(x => x.Citizens.DefaultIfEmpty(), (x, c) => new { x.Report, Citizen = c })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Report.Id).ToList();
        var history = (await db.CitizenReportChanges.AsNoTracking().Where(c => ids.Contains(c.ReportId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.ReportId);
        return rows.Select(r => CitizenReportView.From(r.Report, r.Citizen, history[r.Report.Id])).ToList();
    }
}
