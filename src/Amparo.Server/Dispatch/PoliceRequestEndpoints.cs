using System.Text;
using Amparo.Data.Dispatch;
using Amparo.Domain.Dispatch;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Dispatch;

/// <summary>Police requests made by the centre's operators: create on an alarm, read, export as CAP or JSON, send, record a status.</summary>
public static class PoliceRequestEndpoints
{
    public static void MapPoliceRequestEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var alarms = endpoints.MapGroup("/api/alarms/{id:guid}").WithTags("Police requests").RequireAuthorization(AmparoPolicies.AlarmHandler);
        alarms.MapPost("/police", CreateAsync).WithSummary("Asks the police for a unit at the alarm's position (CAP Actual, or Exercise for a drill); only the operator who claimed the alarm (409 otherwise).");
        alarms.MapGet("/police", ListAsync).WithSummary("The alarm's police requests with their status history.");
        alarms.MapGet("/police-units/nearest", NearestAsync).WithSummary("The available police units of the alarm's jurisdiction nearest to its position.");

        var requests = endpoints.MapGroup("/api/police-requests/{id:guid}").WithTags("Police requests").RequireAuthorization(AmparoPolicies.AlarmHandler);
        requests.MapGet("/", GetAsync).WithSummary("One police request with its status history.");
        requests.MapGet("/cap", CapAsync).WithSummary("The request as a CAP 1.2 document (application/cap+xml).");
        requests.MapGet("/json", JsonAsync).WithSummary("The same CAP content as JSON.");
        requests.MapPost("/send", SendAsync).WithSummary("POSTs the CAP alert to the 911 centre's endpoint: Sent on 2xx, SendFailed with the reason otherwise.");
        requests.MapPost("/status", StatusAsync).WithSummary("Records a status an operator learnt (accepted, dispatched, on_scene, closed, rejected, cancelled).");
    }

    private static async Task<Results<Ok<PoliceRequestView>, NotFound, ProblemHttpResult>> CreateAsync(
        Guid id, CreatePoliceRequest body, HttpContext context, PoliceRequestCommands commands, UserScopeResolver scopes)
    {
        if (body.RadiusMetres is { } radius && (!double.IsFinite(radius) || radius is < 10 or > 20_000))
        {
            return TypedResults.Problem("radiusMetres must be between 10 and 20,000.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (body.Note is { Length: > 2000 })
        {
            return TypedResults.Problem("The note is longer than 2,000 characters.", statusCode: StatusCodes.Status400BadRequest);
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return DispatchResults.ToHttp(await commands.CreateAsync(id, body, scope, Remote(context), context.RequestAborted));
    }

    private static async Task<Results<Ok<IReadOnlyList<PoliceRequestView>>, NotFound>> ListAsync(
        Guid id, HttpContext context, PoliceRequestLookup lookup, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return await lookup.ForAlarmAsync(id, scope, Remote(context), context.RequestAborted) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<IReadOnlyList<NearestPoliceUnit>>, NotFound>> NearestAsync(
        Guid id, HttpContext context, NearestPoliceUnits nearest, UserScopeResolver scopes, int count = 3)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return await nearest.FindAsync(id, count, scope, Remote(context), context.RequestAborted) is { } units ? TypedResults.Ok(units) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<PoliceRequestView>, NotFound>> GetAsync(Guid id, HttpContext context, PoliceRequestLookup lookup, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return await lookup.FindAsync(id, scope, "Solicitud a la policía", Remote(context), context.RequestAborted) is { } found
            ? TypedResults.Ok(PoliceRequestView.From(found.Request))
            : TypedResults.NotFound();
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> CapAsync(
        Guid id, HttpContext context, PoliceRequestLookup lookup, CapExport export, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        if (await lookup.FindAsync(id, scope, "Solicitud a la policía (CAP)", Remote(context), context.RequestAborted) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var xml = CapWriter.ToXml(export.Build(found.Request, found.Alarm.FileNumber, found.Alarm.Type));
        return TypedResults.File(Encoding.UTF8.GetBytes(xml), CapWriter.MediaType, export.FileName(found.Request, "cap.xml"));
    }

    private static async Task<Results<JsonHttpResult<CapAlert>, NotFound>> JsonAsync(
        Guid id, HttpContext context, PoliceRequestLookup lookup, CapExport export, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        if (await lookup.FindAsync(id, scope, "Solicitud a la policía (JSON)", Remote(context), context.RequestAborted) is not { } found)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{export.FileName(found.Request, "json")}\"";
        return TypedResults.Json(export.Build(found.Request, found.Alarm.FileNumber, found.Alarm.Type));
    }

    private static async Task<Results<Ok<PoliceRequestView>, NotFound, ProblemHttpResult>> SendAsync(
        Guid id, HttpContext context, PoliceRequestLookup lookup, PoliceStatusCommands commands, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        if (await lookup.FindAsync(id, scope, "Envío a la central 911", Remote(context), context.RequestAborted) is not { } found)
        {
            return TypedResults.NotFound();
        }

        return DispatchResults.ToHttp(await commands.SendAsync(id, scope.UserName, found.Alarm.FileNumber, found.Alarm.Type, Remote(context), context.RequestAborted));
    }

    private static async Task<Results<Ok<PoliceRequestView>, NotFound, ProblemHttpResult>> StatusAsync(
        Guid id, PoliceStatusRequest body, HttpContext context, PoliceRequestLookup lookup, PoliceStatusCommands commands, UserScopeResolver scopes)
    {
        if (DispatchStatusNames.Parse(body.Status) is not { } status || status is DispatchStatus.Created or DispatchStatus.SendFailed)
        {
            return TypedResults.Problem("status must be one of: sent, accepted, rejected, dispatched, on_scene, closed, cancelled.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (body.Note is { Length: > 2000 } || body.ExternalReference is { Length: > 100 })
        {
            return TypedResults.Problem("The note (2,000) or the external reference (100 characters) is too long.", statusCode: StatusCodes.Status400BadRequest);
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        if (await lookup.FindAsync(id, scope, "Estado de la solicitud a la policía", Remote(context), context.RequestAborted) is null)
        {
            return TypedResults.NotFound();
        }

        var move = new DispatchMove(status, DispatchMove.OperatorSource, scope.UserName, body.Note) { ExternalReference = body.ExternalReference };
        var result = await commands.MoveAsync(id, move, Remote(context), context.RequestAborted);
        // An operator repeating the status she just set is told so: only the 911 centre's repeats are silently absorbed.
        return result.Outcome == DispatchOutcome.AlreadyThere
            ? TypedResults.Problem($"The request already is {status}.", statusCode: StatusCodes.Status409Conflict, title: nameof(DispatchOutcome.NotAllowed))
            : DispatchResults.ToHttp(result);
    }

    private static string? Remote(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
