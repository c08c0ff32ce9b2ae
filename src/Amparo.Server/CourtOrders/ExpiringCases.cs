using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Server.Auth;
using Amparo.Server.Cases;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.CourtOrders;

/// <summary>The visible cases whose surveillance ends within the next days, soonest first.</summary>
public sealed class ExpiringCases(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<ExpiringCaseView>> ListAsync(UserScope scope, int days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var query = db.Cases.AsNoTracking().Include(c => c.Measures).Where(c => c.Status == CaseStatus.Active || c.Status == CaseStatus.Suspended);
        if (scope.Jurisdictions is { } visible)
        {
            var list = visible.ToList();
            query = query.Where(c => list.Contains(c.JurisdictionId));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var views = new List<ExpiringCaseView>();
        foreach (var monitored in await query.ToListAsync(cancellationToken))
        {
            var term = CaseCalendar.Term(monitored);
            if (term?.EndsOn is { } end && term.DaysLeft(CaseCalendar.Today(monitored, now)) is { } left && left <= days)
            {
                views.Add(new ExpiringCaseView(monitored.Id, monitored.FileNumber, monitored.Court, monitored.Status.ToString(), end, left, monitored.ExpiryWarnedFor == end));
            }
        }

        return views.OrderBy(v => v.DaysLeft).ThenBy(v => v.FileNumber, StringComparer.Ordinal).ToList();
    }
}
