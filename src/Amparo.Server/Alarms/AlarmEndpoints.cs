using Amparo.Data.Alarms;
using Amparo.Domain.Alarms;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Alarms;

public static class AlarmEndpoints
{
    public static IEndpointRouteBuilder MapAlarmEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/alarms").WithTags("Alarms").RequireAuthorization(AmparoPolicies.User);
        group.MapGet("/", ListAsync).WithSummary("Alarms of the cases you may see, most urgent first, then oldest. state=open (default) or all.");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One alarm with its evidence, the operators' actions, its protocol with each step's status and the people to call.");
        group.MapPost("/{id:guid}/claim", (Guid id, HttpContext c, AlarmCommands commands, UserScopeResolver scopes) =>
            ExecuteAsync(AlarmCommand.Claim, id, null, null, c, commands, scopes)).RequireAuthorization(AmparoPolicies.AlarmHandler);
        group.MapPost("/{id:guid}/acknowledge", (Guid id, AlarmNoteRequest body, HttpContext c, AlarmCommands commands, UserScopeResolver scopes) =>
            ExecuteAsync(AlarmCommand.Acknowledge, id, body.Note, null, c, commands, scopes)).RequireAuthorization(AmparoPolicies.AlarmHandler);
        group.MapPost("/{id:guid}/resolve", ResolveAsync)
            .WithSummary("Closes the alarm with its outcome: real_breach, police_dispatched, device_fault, false_alarm or test.")
            .RequireAuthorization(AmparoPolicies.AlarmHandler);
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<AlarmView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, AlarmQueries queries, UserScopeResolver scopes, string? state = "open", Guid? caseId = null)
    {
        if (state is not ("open" or "all"))
        {
            return TypedResults.Problem("state must be 'open' or 'all'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var alarms = await queries.ListAsync(state == "open", scope.Jurisdictions, caseId, context.RequestAborted);
        return TypedResults.Ok<IReadOnlyList<AlarmView>>(alarms.Select(a => a.For(scope.SeesVictimLocation)).ToList());
    }

    private static async Task<Results<Ok<AlarmDetail>, NotFound>> GetAsync(
        Guid id, HttpContext context, AlarmDetails details, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var detail = await details.GetAsync(id, scope, context.RequestAborted);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(detail);
    }

    private static Task<Results<Ok<AlarmView>, NotFound, ProblemHttpResult>> ResolveAsync(
        Guid id, AlarmResolveRequest body, HttpContext context, AlarmCommands commands, UserScopeResolver scopes)
    {
        if (AlarmOutcomeCodes.ParseForOperator(body.Outcome) is not { } outcome)
        {
            var allowed = string.Join(", ", AlarmOutcomeCodes.ForOperators.Select(AlarmOutcomeCodes.Code));
            return Task.FromResult<Results<Ok<AlarmView>, NotFound, ProblemHttpResult>>(TypedResults.Problem(
                $"outcome must be one of: {allowed}.", statusCode: StatusCodes.Status400BadRequest));
        }

        return ExecuteAsync(AlarmCommand.Resolve, id, body.Note, outcome, context, commands, scopes);
    }

    private static async Task<Results<Ok<AlarmView>, NotFound, ProblemHttpResult>> ExecuteAsync(
        AlarmCommand command, Guid id, string? note, AlarmOutcome? outcome, HttpContext context, AlarmCommands commands, UserScopeResolver scopes)
    {
        if (note is { Length: > 4000 })
        {
            return TypedResults.Problem("The note is longer than 4,000 characters.", statusCode: StatusCodes.Status400BadRequest);
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var done = await commands.ExecuteAsync(command, id, note, outcome, scope, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        return done.Result switch
        {
            AlarmActionResult.Done => TypedResults.Ok(done.Alarm!),
            AlarmActionResult.NotFound => TypedResults.NotFound(),
            AlarmActionResult.NotAllowedInState => TypedResults.Problem(
                $"The alarm is {done.Alarm?.State}; '{command}' is not allowed in that state.", statusCode: StatusCodes.Status409Conflict),
            AlarmActionResult.ChangedMeanwhile => TypedResults.Problem(
                "Another operator changed the alarm meanwhile; reload it.", statusCode: StatusCodes.Status409Conflict),
            AlarmActionResult.HeldByAnother => HeldByAnother(done.Alarm!),
        };
    }

    public static ProblemHttpResult HeldByAnother(AlarmView alarm) =>
        TypedResults.Problem(
            $"La alarma la tiene {alarm.ClaimedBy}: solo quien la tomó, o supervisión, puede actuar sobre ella.",
            statusCode: StatusCodes.Status409Conflict, title: "Alarma tomada por otro operador.");
}
