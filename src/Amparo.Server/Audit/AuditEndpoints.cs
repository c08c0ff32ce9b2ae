using Amparo.Data.Database;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Audit;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit", async (AmparoDbContext db, Guid? caseId, string? action, int take = 200) =>
            {
                var query = db.AuditEvents.AsNoTracking();
                if (caseId is { } id)
                {
                    query = query.Where(e => e.CaseId == id);
                }

                if (!string.IsNullOrEmpty(action))
                {
                    query = query.Where(e => e.Action == action);
                }

                return TypedResults.Ok(await query.OrderByDescending(e => e.Id).Take(Math.Clamp(take, 1, 1000)).ToListAsync());
            })
            .WithTags("Audit")
            .WithSummary("The newest audit events: who did or saw what, when and from where.")
            .RequireAuthorization(AmparoPolicies.Auditor);
        return endpoints;
    }
}
