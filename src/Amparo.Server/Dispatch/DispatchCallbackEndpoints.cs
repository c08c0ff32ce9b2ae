using Amparo.Data.Audit;
using Amparo.Data.Dispatch;
using Amparo.Data.Identity;
using Amparo.Data.Police;
using Amparo.Domain.Dispatch;
using Amparo.Domain.Geo;
using Amparo.Server.Live;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Dispatch;

/// <summary>What the 911 centre and the police's AVL feed tell the centre, authenticated by the shared <c>X-Amparo-Key</c>.</summary>
public static class DispatchCallbackEndpoints
{
    public const string EmergencyCentreUser = "911";

    public static void MapDispatchCallbackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/dispatch/callback", CallbackAsync).WithTags("Police requests").AllowAnonymous()
            .WithSummary("The 911 centre reports a request's status (accepted, rejected, dispatched, on_scene, closed) by its CAP identifier; X-Amparo-Key required.");
        endpoints.MapPut("/api/police-units/{callSign}", ReportUnitAsync).WithTags("Police units").AllowAnonymous()
            .WithSummary("A police unit's position and availability (X-Amparo-Key, or an administrator).");
    }

    private static async Task<Results<Ok<PoliceRequestView>, UnauthorizedHttpResult, NotFound, ProblemHttpResult>> CallbackAsync(
        DispatchCallback body, HttpContext context, IOptions<DispatchOptions> options, DispatchQueries requests, PoliceStatusCommands commands)
    {
        if (!CallbackKey.Matches(context, options.Value))
        {
            return TypedResults.Unauthorized();
        }

        if (DispatchStatusNames.Parse(body.Status) is not { } status
            || status is not (DispatchStatus.Accepted or DispatchStatus.Rejected or DispatchStatus.Dispatched or DispatchStatus.OnScene or DispatchStatus.Closed))
        {
            return TypedResults.Problem("status must be one of: accepted, rejected, dispatched, on_scene, closed.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (body.Note is { Length: > 2000 } || body.ExternalReference is { Length: > 100 })
        {
            return TypedResults.Problem("The note (2,000) or the external reference (100 characters) is too long.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (string.IsNullOrEmpty(body.Identifier) || await requests.FindByIdentifierAsync(body.Identifier, context.RequestAborted) is not { } request)
        {
            return TypedResults.NotFound();
        }

        var move = new DispatchMove(status, DispatchMove.EmergencyCentreSource, EmergencyCentreUser, body.Note) { ExternalReference = body.ExternalReference };
        var result = await commands.MoveAsync(request.Id, move, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        return result.Outcome switch
        {
            DispatchOutcome.Done or DispatchOutcome.AlreadyThere => TypedResults.Ok(result.Request!),
            DispatchOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Problem(result.Problem, statusCode: StatusCodes.Status409Conflict, title: result.Outcome.ToString()),
        };
    }

    private static async Task<Results<Ok<PoliceUnit>, UnauthorizedHttpResult, ProblemHttpResult>> ReportUnitAsync(
        string callSign, PoliceUnitReport body, HttpContext context, IOptions<DispatchOptions> options, PoliceUnitStore units, AuditLog audit, LiveFeed feed)
    {
        var administrator = context.User.IsInRole(AmparoRoles.Administrador);
        if (!administrator && !CallbackKey.Matches(context, options.Value))
        {
            return TypedResults.Unauthorized();
        }

        if (string.IsNullOrWhiteSpace(callSign) || callSign.Length > 40 || !GeoPoint.IsValid(body.Latitude, body.Longitude))
        {
            return TypedResults.Problem("A call sign of up to 40 characters and a WGS84 latitude and longitude are required.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (await units.JurisdictionAsync(body.JurisdictionId, body.JurisdictionName, context.RequestAborted) is not { } jurisdiction)
        {
            return TypedResults.Problem("jurisdictionId or jurisdictionName must name a known jurisdiction.", statusCode: StatusCodes.Status400BadRequest);
        }

        var unit = await units.ReportAsync(callSign, jurisdiction, body.Latitude, body.Longitude, body.Available, context.RequestAborted);
        if (administrator)
        {
            await audit.RecordAsync(new AuditEntry(context.User.Identity?.Name ?? "?", DispatchAuditActions.UnitReported, "police_unit", callSign,
                RemoteAddress: context.Connection.RemoteIpAddress?.ToString()), context.RequestAborted);
        }

        await feed.PoliceUnitAsync(PoliceUnitNotice.From(unit), context.RequestAborted);
        return TypedResults.Ok(unit);
    }
}
