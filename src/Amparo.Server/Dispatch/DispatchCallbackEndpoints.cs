using Amparo.Data.Audit;
using Amparo.Data.Dispatch;
using Amparo.Data.Identity;
using Amparo.Data.Police;
using Amparo.Domain.Dispatch;
using Amparo.Domain.Geo;
using Amparo.Server.Auth;
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
            .WithSummary("A police unit's position and availability (X-Amparo-Key, an administrator, or a police user reporting a unit of its jurisdictions: the app's unit mode at /app/unidad.html).");
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
        string callSign, PoliceUnitReport body, HttpContext context, IOptions<DispatchOptions> options, PoliceUnitStore units, AuditLog audit,
        LiveFeed feed, UserScopeResolver scopes)
    {
        var administrator = context.User.IsInRole(AmparoRoles.Administrador);
        // A patrol reports itself from the app's unit mode, signed in as a police user of its jurisdictions.
        var officer = !administrator && context.User.IsInRole(AmparoRoles.Policia);
        if (!administrator && !officer && !CallbackKey.Matches(context, options.Value))
        {
            return TypedResults.Unauthorized();
        }

        if (string.IsNullOrWhiteSpace(callSign) || callSign.Length > 40 || !GeoPoint.IsValid(body.Latitude, body.Longitude))
        {
            return TypedResults.Problem("Indique un indicativo de hasta 40 caracteres y una latitud y longitud WGS84 válidas.", statusCode: StatusCodes.Status400BadRequest);
        }

        var scope = officer ? await scopes.ResolveAsync(context.User, context.RequestAborted) : null;
        var named = body.JurisdictionId is null && body.JurisdictionName is null && scope?.Jurisdictions is { Count: 1 } only
            ? only.First()
            : await units.JurisdictionAsync(body.JurisdictionId, body.JurisdictionName, context.RequestAborted);
        if (named is not { } jurisdiction || scope?.CanSee(jurisdiction) == false)
        {
            return TypedResults.Problem("jurisdictionId o jurisdictionName deben nombrar una jurisdicción conocida (la suya, si reporta una patrulla).",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var unit = await units.ReportAsync(callSign, jurisdiction, body.Latitude, body.Longitude, body.Available, context.RequestAborted);
        // A patrol reports itself every 20 s: that is telemetry, like the 911 centre's feed; an administrator's hand is audited.
        if (administrator)
        {
            await audit.RecordAsync(new AuditEntry(context.User.Identity?.Name ?? "?", DispatchAuditActions.UnitReported, "police_unit", callSign,
                RemoteAddress: context.Connection.RemoteIpAddress?.ToString()), context.RequestAborted);
        }

        await feed.PoliceUnitAsync(PoliceUnitNotice.From(unit), context.RequestAborted);
        return TypedResults.Ok(unit);
    }
}
