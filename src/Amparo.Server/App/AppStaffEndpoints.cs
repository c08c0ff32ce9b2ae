using Amparo.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.App;

/// <summary>The staff's side of her app: her enrolment code, her phones, revoking one.</summary>
public static class AppStaffEndpoints
{
    public static IEndpointRouteBuilder MapAppStaffEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("App").RequireAuthorization(AmparoPolicies.User);
        group.MapPost("/cases/{id:guid}/app-enrolments", IssueAsync)
            .WithSummary("A single-use code (XXXX-XXXX, 72 h) that ties the victim's panic-button app to her active case; shown once, kept as a hash.");
        group.MapGet("/cases/{id:guid}/app-installations", InstallationsAsync).WithSummary("The victim's phones with the app: enrolled, last seen, revoked.");
        group.MapDelete("/app-installations/{id:guid}", RevokeAsync).WithSummary("Revokes one of her phones at once: its tokens stop working at the next request.");
        return endpoints;
    }

    private static async Task<Results<Created<AppEnrolmentView>, ProblemHttpResult>> IssueAsync(
        Guid id, HttpContext context, AppStaffCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.IssueCodeAsync(id, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Created
            ? TypedResults.Created((string?)null, result.Value!)
            : CommandHttp.Problem(result, "No se pudo generar el código de la aplicación.");
    }

    private static async Task<Results<Ok<IReadOnlyList<AppInstallationView>>, ProblemHttpResult>> InstallationsAsync(
        Guid id, HttpContext context, AppStaffCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.InstallationsAsync(id, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done
            ? TypedResults.Ok(result.Value!)
            : CommandHttp.Problem(result, "No se pueden mostrar las instalaciones de la aplicación.");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id, HttpContext context, AppStaffCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.RevokeAsync(id, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.NoContent() : CommandHttp.Problem(result, "No se pudo dar de baja la instalación.");
    }
}
