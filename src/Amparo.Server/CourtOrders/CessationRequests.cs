using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.CourtOrders;

/// <summary>
/// The court's queue of cessations asked for (seed 002, 5.II: the gender area that interviewed her informs the court at
/// once): cases still monitored whose latest interview, within its validity, found her informed of the risks and
/// wishing to leave, and on which the court has not ruled a cessation since.
/// </summary>
public sealed class CessationRequests(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<CessationRequestView>> ListAsync(UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var since = time.GetUtcNow().UtcDateTime - CourtOrderCommands.InterviewValidity;
        var cases = db.Cases.AsNoTracking().Where(c => c.Status != CaseStatus.Closed);
        if (scope.Jurisdictions is { } visible)
        {
            var list = visible.ToList();
            cases = cases.Where(c => list.Contains(c.JurisdictionId));
        }

        var rows = await (
            from i in db.CessationInterviews.AsNoTracking()
            join c in cases on i.CaseId equals c.Id
            where i.At > since
                && !db.CessationInterviews.Any(later => later.CaseId == i.CaseId && later.At > i.At)
            select new { c.Id, c.FileNumber, c.Court, c.Status, i.At, i.Institution, i.ConductedBy, i.RisksExplained, i.WishesToLeave })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.RisksExplained && r.WishesToLeave)
            .Select(r => new CessationRequestView(r.Id, r.FileNumber, r.Court, r.Status.ToString(), r.At, r.Institution, r.ConductedBy))
            .OrderBy(r => r.InterviewedAt).ToList();
    }
}
