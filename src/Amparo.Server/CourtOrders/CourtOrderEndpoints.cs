using Amparo.Server.Auth;
using Amparo.Server.Intake;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.CourtOrders;

/// <summary>The court's later decisions on a case, the interview before a cessation, and the court's queues: cessations asked for and terms about to end.</summary>
public static class CourtOrderEndpoints
{
    public static IEndpointRouteBuilder MapCourtOrderEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/cases").WithTags("Court orders").RequireAuthorization(AmparoPolicies.User);
        group.MapPost("/{id:guid}/orders", ApplyAsync).WithSummary("Records a later decision of the court: Extension (endsOn), Variation (perimeterMetres and/or endsOn), Suspension (preventive prison), Reincorporation (releasedOn; needs a risk assessment made after it), Cessation (the victim's will; needs the interview). Juzgado, Supervisor, Administrador.");
        group.MapPost("/{id:guid}/interviews", InterviewAsync).WithSummary("Records the interview in which the victim was told the risks of leaving the programme.");
        group.MapGet("/cessation-requests", CessationsAsync)
            .WithSummary("Cases still monitored whose victim, interviewed within 30 days and told the risks, asked to leave: the court's decision is awaited (oldest first).");
        group.MapGet("/expiring", ListAsync).WithSummary("Active or suspended cases whose surveillance ends within `days` (default 10), soonest first, with whether the warning was given.");
        return endpoints;
    }

    private static async Task<Results<Ok<IdView>, ProblemHttpResult>> ApplyAsync(
        Guid id, CourtOrderRequest body, HttpContext context, CourtOrderCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.ApplyAsync(id, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(new IdView(result.Value)) : CommandHttp.Problem(result, "No se pudo aplicar la orden.");
    }

    private static async Task<Results<Ok<IdView>, ProblemHttpResult>> InterviewAsync(
        Guid id, InterviewRequest body, HttpContext context, CourtOrderCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.InterviewAsync(id, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(new IdView(result.Value)) : CommandHttp.Problem(result, "No se pudo registrar la entrevista.");
    }

    private static async Task<Ok<IReadOnlyList<CessationRequestView>>> CessationsAsync(HttpContext context, CessationRequests requests, UserScopeResolver scopes) =>
        TypedResults.Ok(await requests.ListAsync(await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted));

    private static async Task<Ok<IReadOnlyList<ExpiringCaseView>>> ListAsync(HttpContext context, ExpiringCases cases, UserScopeResolver scopes, int days = 10) =>
        TypedResults.Ok(await cases.ListAsync(await scopes.ResolveAsync(context.User, context.RequestAborted), Math.Clamp(days, 0, 366), context.RequestAborted));
}
