using Amparo.Data.Database;
using Amparo.Server.CitizenApp;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.App;

/// <summary>
/// The API of her panic-button app under <c>/app/api</c>: no cookies; enrolment and refresh are anonymous (limited
/// per address), everything else takes the app's own bearer token and a live installation.
/// </summary>
public static class AppEndpoints
{
    public const string Prefix = "/app/api";

    public static IEndpointRouteBuilder MapAppEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAppStaffEndpoints();
        endpoints.MapCitizenAppEndpoints();
        var open = endpoints.MapGroup(Prefix).WithTags("App").AllowAnonymous();
        open.MapPost("/enrol", EnrolAsync).RequireRateLimiting(AppRateLimits.Enrol)
            .WithSummary("Trades the centre's code for the installation's tokens and her profile.");
        open.MapPost("/token", RefreshAsync).RequireRateLimiting(AppRateLimits.Token)
            .WithSummary("Trades a refresh token (used once) for new tokens; a used one coming back revokes the installation.");

        var app = endpoints.MapGroup(Prefix).WithTags("App").RequireAuthorization(AppAuth.Policy).AddEndpointFilter<AppCallerFilter>();
        app.MapGet("/profile", ProfileAsync).RequireRateLimiting(AppRateLimits.Requests).WithSummary("Her first name, the numbers to call and the reporting intervals.");
        app.MapPost("/alerts", RaiseAsync).RequireRateLimiting(AppRateLimits.Alerts)
            .WithSummary("Her panic: the case's panic alarm at the centre, once per idempotency key (201 new, 200 a retry).");
        // Her app follows an open alert closely: its status counts against the alerts' generous limit, not the requests'.
        app.MapGet("/alerts/{alertId:guid}", AlertAsync).RequireRateLimiting(AppRateLimits.Alerts)
            .WithSummary("Whether the centre received her alert, is attending it, or closed it.");
        app.MapPost("/positions", PositionsAsync).RequireRateLimiting(AppRateLimits.Requests)
            .WithSummary("A batch of 1 to 50 queued positions of her phone; a retried batch is absorbed.");
        app.MapPut("/tracking", TrackingAsync).RequireRateLimiting(AppRateLimits.Requests)
            .WithSummary("Tracking mode { on }: on, her phone reports every minute and its silence is an alarm; off, it reports around alerts only.");
        return endpoints;
    }

    private static async Task<Results<Ok<AppTokens>, ProblemHttpResult>> EnrolAsync(AppEnrolRequest body, AppSessions sessions, CancellationToken cancellationToken)
    {
        var result = await sessions.EnrolAsync(body, cancellationToken);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(result.Value!) : CommandHttp.Problem(result, "No se pudo inscribir la aplicación.");
    }

    private static async Task<Results<Ok<AppTokens>, Ok<CitizenTokens>, ProblemHttpResult>> RefreshAsync(
        AppTokenRequest body, AppSessions sessions, CitizenAppSessions citizens, CancellationToken cancellationToken)
    {
        if (await sessions.RefreshAsync(body, cancellationToken) is not { } refresh)
        {
            return AppProblems.Unauthorized();
        }

        return refresh.Installation.CitizenId is null
            ? TypedResults.Ok(await sessions.VictimTokensAsync(refresh, cancellationToken))
            : TypedResults.Ok(await citizens.TokensAsync(refresh, cancellationToken));
    }

    private static async Task<Ok<AppProfile>> ProfileAsync(HttpContext context, AppProfiles profiles, IDbContextFactory<AmparoDbContext> contexts)
    {
        await using var db = contexts.CreateDbContext();
        return TypedResults.Ok(await profiles.ForAsync(db, AppCaller.Of(context).PersonId, context.RequestAborted));
    }

    private static async Task<NoContent> TrackingAsync(AppTrackingRequest body, HttpContext context, AppTracking tracking)
    {
        await tracking.SetAsync(AppCaller.Of(context), body.On, context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> RaiseAsync(AppAlertRequest body, HttpContext context, AppAlerts alerts)
    {
        var outcome = await alerts.RaiseAsync(AppCaller.Of(context), body, context.RequestAborted);
        return outcome.Alert is { } alert
            ? outcome.Status == StatusCodes.Status201Created ? TypedResults.Created((string?)null, alert) : TypedResults.Ok(alert)
            : TypedResults.Problem(outcome.Problem, statusCode: outcome.Status, title: "No se pudo registrar la alerta.");
    }

    private static async Task<Results<Ok<AppAlertView>, ProblemHttpResult>> AlertAsync(Guid alertId, HttpContext context, AppAlerts alerts) =>
        await alerts.StatusAsync(AppCaller.Of(context), alertId, context.RequestAborted) is { } alert
            ? TypedResults.Ok(alert)
            : TypedResults.Problem("La alerta no existe en este teléfono.", statusCode: StatusCodes.Status404NotFound, title: "Alerta no encontrada");

    private static async Task<Results<Ok<AppPositionResult>, ProblemHttpResult>> PositionsAsync(AppPositionRequest body, HttpContext context, AppPositions positions)
    {
        var result = await positions.AcceptAsync(AppCaller.Of(context), body, context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(result.Value!) : CommandHttp.Problem(result, "Posiciones no registradas.");
    }
}
