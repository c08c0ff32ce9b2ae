using Amparo.Domain.People;
using Amparo.Server.Audit;
using Amparo.Server.Auth;
using Amparo.Server.Cases.Replay;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Cases;

public static class CaseEndpoints
{
    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization(AmparoPolicies.User);
        group.MapGet("/", async (HttpContext c, CaseQueries cases, UserScopeResolver scopes) =>
            TypedResults.Ok(await cases.ListAsync(await scopes.ResolveAsync(c.User, c.RequestAborted), c.RequestAborted)))
            .WithSummary("The cases of your jurisdictions.");
        group.MapGet("/live", LiveAsync).WithSummary("Every visible case with its zones and last fixes (the victim's only for roles that may see it; audited).");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One case: zones, parties and devices.");
        group.MapGet("/{id:guid}/track", TrackAsync).WithSummary("A party's positions in a time window (party=aggressor|victim; a victim's track is audited).");
        group.MapGet("/{id:guid}/replay", ReplayAsync)
            .WithSummary("Both tracks, the alarms and the distance between the parties over a window (at most 7 days; the victim's part only for roles that may see her, audited).");
        return endpoints;
    }

    private static async Task<Results<Ok<CaseReplay>, NotFound, ProblemHttpResult>> ReplayAsync(
        Guid id, HttpContext context, CaseReplayReader replays, UserScopeResolver scopes, VictimLocationAudit audit, TimeProvider time,
        DateTime? from = null, DateTime? to = null)
    {
        var until = (to ?? time.GetUtcNow().UtcDateTime).ToUniversalTime();
        var window = new ReplayWindow((from ?? until.AddHours(-24)).ToUniversalTime(), until);
        if (window.Problem() is { } problem)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "La ventana de tiempo no es válida.");
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var replay = await replays.ReadAsync(id, window, scope, context.RequestAborted);
        if (replay?.Victim is not null)
        {
            await audit.RecordReadAsync(scope, id, "api replay", context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        }

        return replay is null ? TypedResults.NotFound() : TypedResults.Ok(replay);
    }

    private static async Task<Ok<IReadOnlyList<LiveCase>>> LiveAsync(
        HttpContext context, CaseQueries cases, UserScopeResolver scopes, VictimLocationAudit audit)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var live = await cases.LiveAsync(scope, context.RequestAborted);
        if (scope.SeesVictimLocation)
        {
            await audit.RecordReadsAsync(scope, live.Where(l => l.Victim is not null).Select(l => l.Case.Id),
                "api live", context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        }

        return TypedResults.Ok(live);
    }

    private static async Task<Results<Ok<CaseDetail>, NotFound>> GetAsync(Guid id, HttpContext context, CaseQueries cases, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var detail = await cases.GetAsync(id, scope, context.RequestAborted);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(detail);
    }

    private static async Task<Results<Ok<PartyTrack>, NotFound, ProblemHttpResult>> TrackAsync(
        Guid id, HttpContext context, CaseQueries cases, UserScopeResolver scopes, VictimLocationAudit audit, TimeProvider time,
        string party = "aggressor", DateTime? from = null, DateTime? to = null)
    {
        if (!Enum.TryParse<PartyRole>(party, ignoreCase: true, out var role))
        {
            return TypedResults.Problem("party must be 'aggressor' or 'victim'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        if (role == PartyRole.Victim && !scope.SeesVictimLocation)
        {
            return TypedResults.Problem("Your role may not see where a victim is.", statusCode: StatusCodes.Status403Forbidden);
        }

        var until = (to ?? time.GetUtcNow().UtcDateTime).ToUniversalTime();
        var since = (from ?? until.AddHours(-24)).ToUniversalTime();
        if (since > until)
        {
            return TypedResults.Problem("'from' is after 'to'.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (role == PartyRole.Victim)
        {
            await audit.RecordReadAsync(scope, id, "api track", context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        }

        var track = await cases.TrackAsync(id, role, since, until, scope, context.RequestAborted);
        return track is null ? TypedResults.NotFound() : TypedResults.Ok(track);
    }
}
