using Amparo.Data.Citizens;
using Amparo.Data.Database;
using Amparo.Domain.Citizens;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Citizens;

/// <summary>Makes the centre's view of citizen alerts: the citizen's name and phone, and the nearest units for citizen alerts.</summary>
public sealed class CitizenAlertReader(IDbContextFactory<AmparoDbContext> contexts, CitizenNearestUnits nearest)
{
    public async Task<CitizenAlertView> ViewAsync(CitizenAlert alert, CitizenAccount citizen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var units = alert.Kind == CitizenAlertKind.Citizen && alert.Status != CitizenAlertStatus.Resolved
            ? await nearest.FindAsync(alert.JurisdictionId, alert.Latitude, alert.Longitude, cancellationToken)
            : [];
        return CitizenAlertView.From(alert, citizen, units);
    }

    /// <summary>The alerts of the jurisdictions (null: all), open ones only when asked, unclaimed first then oldest first.</summary>
    public async Task<IReadOnlyList<CitizenAlertView>> ListAsync(IReadOnlySet<Guid>? jurisdictions, bool openOnly, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.CitizenAlerts.AsNoTracking();
        if (jurisdictions is not null)
        {
            var ids = jurisdictions.ToList();
            query = query.Where(a => ids.Contains(a.JurisdictionId));
        }

        query = openOnly
            ? query.Where(a => a.Status != CitizenAlertStatus.Resolved)
            : query.OrderByDescending(a => a.ReceivedAt).Take(200);
        var rows = await query.Join(db.CitizenAccounts.AsNoTracking(), a => a.CitizenId, c => c.Id, (a, c) => new { Alert = a, Citizen = c })
            .ToListAsync(cancellationToken);
        var views = new List<CitizenAlertView>();
        foreach (var row in rows.OrderBy(r => r.Alert.Status == CitizenAlertStatus.New ? 0 : 1).ThenBy(r => r.Alert.ReceivedAt))
        {
            views.Add(await ViewAsync(row.Alert, row.Citizen, cancellationToken));
        }

        return views;
    }

    public async Task<CitizenAlertView?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.CitizenAlerts.AsNoTracking().Where(a => a.Id == id)
            .Join(db.CitizenAccounts.AsNoTracking(), a => a.CitizenId, c => c.Id, (a, c) => new { Alert = a, Citizen = c })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : await ViewAsync(row.Alert, row.Citizen, cancellationToken);
    }
}
