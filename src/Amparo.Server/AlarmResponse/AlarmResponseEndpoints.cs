using Amparo.Domain.Protocols;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.AlarmResponse;

public static class AlarmResponseEndpoints
{
    private const int MaxNote = 4000;

    public static IEndpointRouteBuilder MapAlarmResponseEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/alarms/{id:guid}").WithTags("Alarms").RequireAuthorization(AmparoPolicies.AlarmHandler);
        group.MapPost("/steps", StepAsync).WithSummary("Records a protocol step on an alarm you are working (claimed or acknowledged).");
        group.MapPost("/calls", CallAsync).WithSummary("Records a call attempt to the victim, the aggressor or a trusted contact, on one of their numbers.");
        return endpoints;
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> StepAsync(
        Guid id, StepRequest body, HttpContext context, AlarmResponseCommands commands, UserScopeResolver scopes)
    {
        if (EnumNames.Parse<StepResult>(body.Result) is not { } result)
        {
            return Bad($"result must be one of: {EnumNames.List<StepResult>()}.");
        }

        if (string.IsNullOrWhiteSpace(body.Step) || body.Note is { Length: > MaxNote })
        {
            return Bad("step is required and the note is at most 4,000 characters.");
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return Answer(await commands.RecordStepAsync(id, new StepRecord(body.Step, result, Trim(body.Note)), scope, Remote(context), context.RequestAborted));
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> CallAsync(
        Guid id, CallRequest body, HttpContext context, AlarmResponseCommands commands, UserScopeResolver scopes)
    {
        if (body.Party is not (CallParties.Victim or CallParties.Aggressor or CallParties.Contact))
        {
            return Bad("party must be 'victim', 'aggressor' or 'contact'.");
        }

        if (body.Party == CallParties.Contact && body.ContactId is null)
        {
            return Bad("A call to a contact needs its contactId.");
        }

        if (EnumNames.Parse<CallOutcome>(body.Outcome) is not { } outcome)
        {
            return Bad($"outcome must be one of: {EnumNames.List<CallOutcome>()}.");
        }

        if (string.IsNullOrWhiteSpace(body.Phone) || body.Phone.Length > 40 || body.Note is { Length: > MaxNote })
        {
            return Bad("phone is required (up to 40 characters) and the note is at most 4,000 characters.");
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var record = new CallRecord(body.Party, body.ContactId, body.Phone.Trim(), outcome, Trim(body.Note));
        return Answer(await commands.RecordCallAsync(id, record, scope, Remote(context), context.RequestAborted));
    }

    private static Results<NoContent, NotFound, ProblemHttpResult> Answer(AlarmResponseResult result) => result switch
    {
        AlarmResponseResult.Done => TypedResults.NoContent(),
        AlarmResponseResult.NotFound => TypedResults.NotFound(),
        AlarmResponseResult.NotBeingWorked => TypedResults.Problem(
            "Claim the alarm before recording its response; a new or closed alarm takes no steps or calls.", statusCode: StatusCodes.Status409Conflict),
        AlarmResponseResult.UnknownStep => Bad("That step is not in the protocol of this alarm's type."),
        AlarmResponseResult.UnknownParty => Bad("No such party or contact on this case."),
        AlarmResponseResult.UnknownPhone => Bad("That number is not one of that party's or contact's numbers."),
        AlarmResponseResult.HeldByAnother => TypedResults.Problem(
            "Otro operador tiene la alarma: solo quien la tomó, o supervisión, registra su respuesta.",
            statusCode: StatusCodes.Status409Conflict, title: "Alarma tomada por otro operador."),
    };

    private static ProblemHttpResult Bad(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);

    private static string? Trim(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private static string? Remote(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
