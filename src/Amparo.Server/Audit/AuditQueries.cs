using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Audit;

/// <summary>
/// The audit as a supervisor reviews it: the events about the cases of her jurisdictions, and those of the users of
/// her jurisdictions that name no case (sign-ins, refusals, account changes). A national supervisor sees all.
/// </summary>
public sealed class AuditQueries(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<IReadOnlyList<AuditEvent>> FindAsync(UserScope scope, AuditFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = scope.Jurisdictions?.ToList();
        var query =
            from e in db.AuditEvents.AsNoTracking()
            join c in db.Cases on e.CaseId equals (Guid?)c.Id into cases
            from c in cases.DefaultIfEmpty()
            join u in db.Users on e.UserName equals u.UserName into people
            from u in people.DefaultIfEmpty()
            where visible == null
                  || (c != null && visible.Contains(c.JurisdictionId))
                  || (c == null && u != null && u.JurisdictionId != null && visible.Contains(u.JurisdictionId.Value))
            select e;
        if (filter.CaseId is { } caseId)
        {
            query = query.Where(e => e.CaseId == caseId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            query = query.Where(e => e.UserName == filter.User);
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }

        return await query.OrderByDescending(e => e.Id).Take(Math.Clamp(filter.Take, 1, 1000)).ToListAsync(cancellationToken);
    }
}
