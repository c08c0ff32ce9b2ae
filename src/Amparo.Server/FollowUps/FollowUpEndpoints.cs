using Amparo.Server.Auth;
using Amparo.Server.Intake;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.FollowUps;

/// <summary>Check-in calls and police rounds by the case's risk level, and the worklist of what is owed.</summary>
public static class FollowUpEndpoints
{
    public static IEndpointRouteBuilder MapFollowUpEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Follow-up").RequireAuthorization(AmparoPolicies.User);
        group.MapGet("/cases/{id:guid}/follow-ups", GetAsync)
            .WithSummary("The case's follow-up plan from its risk level (check-in call every N hours, police rounds a week, next assessment), what it owes now, and the last 30 days' calls and rounds.");
        group.MapPost("/cases/{id:guid}/follow-ups", RecordAsync)
            .WithSummary("Records a follow-up on an active case: { kind: CheckInCall (centre, CEM, gender area) with outcome Reached|NoAnswer, or PoliceRound (police) with Done|NobodyHome; at (UTC, last 7 days); institution; note }.");
        group.MapGet("/follow-ups/due", DueAsync).WithSummary("Active cases of your jurisdictions that owe a check-in call, police rounds or a risk assessment now, longest overdue first.");
        return endpoints;
    }

    private static async Task<Results<Ok<CaseFollowUpView>, NotFound>> GetAsync(Guid id, HttpContext context, FollowUpQueries queries, UserScopeResolver scopes) =>
        await queries.CaseAsync(id, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<IdView>, ProblemHttpResult>> RecordAsync(
        Guid id, FollowUpRequest body, HttpContext context, FollowUpCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.RecordAsync(id, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(new IdView(result.Value)) : CommandHttp.Problem(result, "No se pudo registrar el seguimiento.");
    }

    private static async Task<Ok<IReadOnlyList<DueCaseView>>> DueAsync(HttpContext context, FollowUpQueries queries, UserScopeResolver scopes) =>
        TypedResults.Ok(await queries.DueAsync(await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted));
}
