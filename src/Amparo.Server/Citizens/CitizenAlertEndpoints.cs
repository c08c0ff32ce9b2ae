using Amparo.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Citizens;

/// <summary>The centre's queue of citizen alerts (gender and citizen alerts from the municipal app).</summary>
public static class CitizenAlertEndpoints
{
    public static void MapCitizenAlertEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/citizen-alerts").WithTags("Citizen alerts").RequireAuthorization(AmparoPolicies.AlarmHandler);
        group.MapGet("/", ListAsync).WithSummary("The alerts of the user's jurisdictions: ?open=true the unresolved ones, unclaimed first, oldest first.");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One alert, with the nearest police units for a citizen alert.");
        group.MapPost("/{id:guid}/claim", ClaimAsync).WithSummary("Takes the alert (409 when someone else holds it).");
        group.MapPost("/{id:guid}/resolve", ResolveAsync).WithSummary("Closes the alert with its outcome.");
    }

    private static async Task<Ok<IReadOnlyList<CitizenAlertView>>> ListAsync(HttpContext context, CitizenAlertReader reader, UserScopeResolver scopes, bool open = false)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return TypedResults.Ok(await reader.ListAsync(scope.Jurisdictions, open, context.RequestAborted));
    }

    private static async Task<Results<Ok<CitizenAlertView>, NotFound>> GetAsync(Guid id, HttpContext context, CitizenAlertReader reader, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return await reader.FindAsync(id, context.RequestAborted) is { } alert && scope.CanSee(alert.JurisdictionId)
            ? TypedResults.Ok(alert)
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<CitizenAlertView>, ProblemHttpResult>> ClaimAsync(Guid id, HttpContext context, CitizenAlertDesk desk, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return Http(await desk.ClaimAsync(id, scope, context.RequestAborted), "No se pudo tomar la alerta");
    }

    private static async Task<Results<Ok<CitizenAlertView>, ProblemHttpResult>> ResolveAsync(
        Guid id, ResolveCitizenAlertRequest body, HttpContext context, CitizenAlertDesk desk, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return Http(await desk.ResolveAsync(id, body.Outcome, scope, context.RequestAborted), "No se pudo cerrar la alerta");
    }

    internal static Results<Ok<T>, ProblemHttpResult> Http<T>(CommandResult<T> result, string title) =>
        result.Outcome is CommandOutcome.Done or CommandOutcome.Created ? TypedResults.Ok(result.Value!) : CommandHttp.Problem(result, title);
}
