using Amparo.Server.Audit;
using Amparo.Server.Auth;
using Amparo.Server.Security;
using Microsoft.AspNetCore.Mvc;

namespace Amparo.Server.FieldDevices.Acts;

public static class ActEndpoints
{
    private const string Json = " JSON body; signature images and photos as base64 (PNG or JPEG by content, at most 10 MiB each, 10 photos, 30 MB per request).";

    public static IEndpointRouteBuilder MapActEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var cases = endpoints.MapGroup("/api/cases/{id:guid}").WithTags("Field acts").RequireAuthorization(AmparoPolicies.User);
        cases.MapPost("/installations", InstallAsync).RequireAuthorization(AmparoPolicies.FieldDevices).WithMetadata(new RequestSizeLimitAttribute(RequestBodyLimits.Act))
            .WithSummary("Acta de instalación on an active case: devices from your stock put on a party, assignments started, monitoring reloaded." + Json);
        cases.MapPost("/removals", RemoveAsync).RequireAuthorization(AmparoPolicies.FieldDevices).WithMetadata(new RequestSizeLimitAttribute(RequestBodyLimits.Act))
            .WithSummary("Acta de desinstalación: devices taken off with their condition, custody to the receiving institution, damage charged to the wearer." + Json);
        cases.MapPost("/swaps", SwapAsync).RequireAuthorization(AmparoPolicies.FieldDevices).WithMetadata(new RequestSizeLimitAttribute(RequestBodyLimits.Act))
            .WithSummary("One act that takes a device off a party and puts its replacement on, in one transaction." + Json);
        cases.MapGet("/acts", ListAsync).WithSummary("The case's field acts, oldest first (a victim's restricted for roles that may not see her data).");
        endpoints.MapGet("/api/acts/{id:guid}", GetAsync).WithTags("Field acts").RequireAuthorization(AmparoPolicies.User)
            .WithSummary("One field act (a victim's restricted for roles that may not see her data).");
        endpoints.MapPut("/api/charges/{id:guid}", SettleAsync).WithTags("Field acts").RequireAuthorization(AmparoPolicies.Supervision)
            .WithSummary("Settles a damage charge: Paid or Waived (supervisors and administrators).");
        return endpoints;
    }

    private static async Task<IResult> InstallAsync(Guid id, InstallationRequest request, HttpContext context, ActCommands acts, UserScopeResolver scopes) =>
        Created(await acts.InstallAsync(id, request, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted));

    private static async Task<IResult> RemoveAsync(Guid id, RemovalRequest request, HttpContext context, ActCommands acts, UserScopeResolver scopes) =>
        Created(await acts.RemoveAsync(id, request, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted));

    private static async Task<IResult> SwapAsync(Guid id, SwapRequest request, HttpContext context, ActCommands acts, UserScopeResolver scopes) =>
        Created(await acts.SwapAsync(id, request, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted));

    private static IResult Created(CommandResult<ActView> result) => result.ToHttp(act => $"/api/acts/{act.Id}");

    private static async Task<IResult> ListAsync(Guid id, HttpContext context, ActQueries queries, UserScopeResolver scopes, VictimLocationAudit audit)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var acts = await queries.ListAsync(id, scope, context.RequestAborted);
        if (acts is null)
        {
            return FieldResults.NotFound("El caso no existe o no es de sus jurisdicciones.");
        }

        await AuditVictimAsync(acts, scope, audit, context, "api acts");
        return TypedResults.Ok(acts);
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext context, ActQueries queries, UserScopeResolver scopes, VictimLocationAudit audit)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        if (await queries.GetAsync(id, scope, context.RequestAborted) is not { } act)
        {
            return FieldResults.NotFound("El acta no existe o no es de un caso de sus jurisdicciones.");
        }

        await AuditVictimAsync([act], scope, audit, context, "api act");
        return TypedResults.Ok(act);
    }

    private static async Task<IResult> SettleAsync(Guid id, ChargeSettlementRequest request, HttpContext context, ChargeSettlement settlement, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return (await settlement.SettleAsync(id, request, scope, context.RequestAborted)).ToHttp();
    }

    /// <summary>The place of a victim's act locates her: reading it is a read of her location.</summary>
    private static async Task AuditVictimAsync(IReadOnlyList<ActView> acts, UserScope scope, VictimLocationAudit audit, HttpContext context, string what)
    {
        if (acts.FirstOrDefault(a => a.Party == Domain.People.PartyRole.Victim && !a.Restricted) is { } act)
        {
            await audit.RecordReadAsync(scope, act.CaseId, what, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        }
    }
}
