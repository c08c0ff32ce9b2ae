using Amparo.Data.Citizens;
using Amparo.Data.Database;
using Amparo.Data.Police;
using Amparo.Domain.Citizens;
using Amparo.Domain.Geo;
using Amparo.Server.Dispatch;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Citizens;

/// <summary>Makes the centre's view of citizen alerts: the citizen's name and phone, and the nearest units for citizen alerts.</summary>
public sealed class CitizenAlertReader(IDbContextFactory<AmparoDbContext> contexts, NearestPoliceUnits nearest)
{
    /// <summary>How many of the nearest units a citizen alert shows.</summary>
    public const int UnitCount = 3;

    public Task<CitizenAlertView> ViewAsync(CitizenAlert alert, CitizenAccount citizen, CancellationToken cancellationToken) =>
        ViewAsync(alert, citizen, new Dictionary<Guid, IReadOnlyList<PoliceUnit>>(), cancellationToken);

    /// <summary>As the public one, with the units read so far per jurisdiction: a list of alerts reads each jurisdiction's once.</summary>
    private async Task<CitizenAlertView> ViewAsync(
        CitizenAlert alert, CitizenAccount citizen, Dictionary<Guid, IReadOnlyList<PoliceUnit>> available, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Kind != CitizenAlertKind.Citizen || alert.Status == CitizenAlertStatus.Resolved)
        {
            return CitizenAlertView.From(alert, citizen, []);
        }

        if (!available.TryGetValue(alert.JurisdictionId, out var units))
        {
            units = await nearest.AvailableAsync(alert.JurisdictionId, cancellationToken);
            available[alert.JurisdictionId] = units;
        }

        return CitizenAlertView.From(alert, citizen, nearest.Rank(units, new GeoPoint(alert.Latitude, alert.Longitude), UnitCount));
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
        var available = new Dictionary<Guid, IReadOnlyList<PoliceUnit>>();
        foreach (var row in rows.OrderBy(r => r.Alert.Status == CitizenAlertStatus.New ? 0 : 1).ThenBy(r => r.Alert.ReceivedAt))
        {
            views.Add(await ViewAsync(row.Alert, row.Citizen, available, cancellationToken));
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
