using Amparo.Server.Auth;

namespace Amparo.Server.Audit;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit", async (HttpContext context, AuditQueries audit, UserScopeResolver scopes,
                Guid? caseId, string? action, string? user, DateTime? from, DateTime? to, int take = 200) =>
            {
                var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
                return TypedResults.Ok(await audit.FindAsync(scope, new AuditFilter(caseId, action, user, from, to, take), context.RequestAborted));
            })
            .WithTags("Audit")
            .WithSummary("The newest audit events of your jurisdictions (caseId, action, user, from, to, take ≤ 1000): who did or saw what, when, from where, and its link in the ledger once sealed.")
            .RequireAuthorization(AmparoPolicies.Auditor);
        return endpoints;
    }
}
