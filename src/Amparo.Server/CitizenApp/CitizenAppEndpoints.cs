using Amparo.Data.Database;
using Amparo.Domain.Citizens;
using Amparo.Server.App;
using Amparo.Server.Citizens;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.CitizenApp;

/// <summary>
/// The municipal app's API under <c>/app/api/ciudadania</c> (seed 003): registration with the phone's SMS code, the
/// gender and citizen alerts, emergency and public-service reports with their follow-up. Refresh is the app's <c>/app/api/token</c>.
/// </summary>
public static class CitizenAppEndpoints
{
    public const string Prefix = AppEndpoints.Prefix + "/ciudadania";

    /// <summary>A report's form: the photo (5 MB) and its fields.</summary>
    private const long MaxReportBytes = CitizenReports.MaxPhotoBytes + 64 * 1024;

    public static IEndpointRouteBuilder MapCitizenAppEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup(Prefix).WithTags("Citizen app").AllowAnonymous().RequireRateLimiting(AppRateLimits.Enrol);
        open.MapPost("/registro", RegisterAsync).WithSummary("Sends a six-digit code by SMS to her mobile (one a minute, five a day).");
        open.MapPost("/verificacion", VerifyAsync).WithSummary("The right code makes or renews her account and installs the app on this phone: its tokens and her profile.");

        var app = endpoints.MapGroup(Prefix).WithTags("Citizen app").RequireAuthorization(AppAuth.Policy).AddEndpointFilter<CitizenCallerFilter>();
        app.MapGet("/perfil", ProfileAsync).RequireRateLimiting(AppRateLimits.Requests).WithSummary("Her first name, her municipality and the numbers to call.");
        app.MapGet("/catalogo", Catalogue).RequireRateLimiting(AppRateLimits.Requests).WithSummary("What she can report (emergencies and public services) and the areas that answer.");
        app.MapPost("/alertas", RaiseAsync).RequireRateLimiting(AppRateLimits.Alerts)
            .WithSummary("A gender or citizen alert with her position, once per idempotency key (201 new, 200 a retry).");
        app.MapPost("/alertas/{alertId:guid}/posiciones", MoveAsync).RequireRateLimiting(AppRateLimits.Alerts)
            .WithSummary("Where she is now, every 15 s while the alert is open (204; 409 once the centre closed it).");
        app.MapGet("/alertas/{alertId:guid}", AlertAsync).RequireRateLimiting(AppRateLimits.Alerts).WithSummary("Whether her alert is received, attended or closed.");
        app.MapPost("/reportes", FileAsync).RequireRateLimiting(AppRateLimits.Requests).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxReportBytes))
            .WithSummary("A report as multipart/form-data (idempotencyKey, category, description, latitude, longitude, photo: JPEG, PNG or WebP up to 5 MB).");
        app.MapGet("/reportes", MineAsync).RequireRateLimiting(AppRateLimits.Requests).WithSummary("Her reports, newest first, with their follow-up.");
        app.MapGet("/reportes/{reportId:guid}", ReportAsync).RequireRateLimiting(AppRateLimits.Requests).WithSummary("One of her reports with its follow-up.");
        return endpoints;
    }

    private static async Task<Results<Accepted<VerificationStarted>, ProblemHttpResult>> RegisterAsync(
        CitizenRegisterRequest body, CitizenRegistration registration, CancellationToken cancellationToken)
    {
        var result = await registration.StartAsync(body.Phone ?? "", body.FullName ?? "", cancellationToken);
        return result.Value is { } started ? TypedResults.Accepted((string?)null, started) : CommandHttp.Problem(result, "No se pudo enviar el código.");
    }

    private static async Task<Results<Ok<CitizenTokens>, ProblemHttpResult>> VerifyAsync(
        CitizenVerifyRequest body, CitizenAppSessions sessions, CancellationToken cancellationToken)
    {
        var result = await sessions.VerifyAsync(body, cancellationToken);
        return result.Value is { } tokens ? TypedResults.Ok(tokens) : CommandHttp.Problem(result, "No se pudo verificar el número.");
    }

    private static async Task<Ok<CitizenProfile>> ProfileAsync(HttpContext context, CitizenProfiles profiles, IDbContextFactory<AmparoDbContext> contexts)
    {
        await using var db = contexts.CreateDbContext();
        return TypedResults.Ok(await profiles.ForAsync(db, CitizenCaller.Of(context).CitizenId, context.RequestAborted));
    }

    private static Ok<ReportCatalogueView> Catalogue() => TypedResults.Ok(new ReportCatalogueView(ReportCatalogue.All, MunicipalAreas.All));

    private static async Task<IResult> RaiseAsync(CitizenAlertRequest body, HttpContext context, CitizenAlerts alerts)
    {
        if (CitizenNames.AlertKind(body.Kind) is not { } kind)
        {
            return TypedResults.Problem("El tipo de alerta es gender o citizen.", statusCode: StatusCodes.Status400BadRequest, title: "No se pudo registrar la alerta.");
        }

        var result = await alerts.RaiseAsync(CitizenCaller.Of(context).CitizenId, kind, body.IdempotencyKey ?? "",
            body.At ?? DateTime.UtcNow, body.Latitude, body.Longitude, context.RequestAborted);
        return result.Value is { } alert
            ? result.Outcome == CommandOutcome.Created ? TypedResults.Created((string?)null, CitizenAlertStatusView.From(alert)) : TypedResults.Ok(CitizenAlertStatusView.From(alert))
            : CommandHttp.Problem(result, "No se pudo registrar la alerta.");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MoveAsync(Guid alertId, CitizenPositionRequest body, HttpContext context, CitizenAlerts alerts)
    {
        var result = await alerts.MoveAsync(CitizenCaller.Of(context).CitizenId, alertId, body.At ?? DateTime.UtcNow, body.Latitude, body.Longitude,
            body.AccuracyMetres, context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.NoContent() : CommandHttp.Problem(result, "No se pudo registrar la ubicación.");
    }

    private static async Task<Results<Ok<CitizenAlertStatusView>, ProblemHttpResult>> AlertAsync(Guid alertId, HttpContext context, CitizenAlerts alerts) =>
        await alerts.StatusAsync(CitizenCaller.Of(context).CitizenId, alertId, context.RequestAborted) is { } alert
            ? TypedResults.Ok(alert)
            : TypedResults.Problem("La alerta no existe en esta cuenta.", statusCode: StatusCodes.Status404NotFound, title: "Alerta no encontrada");

    private static async Task<IResult> FileAsync(HttpContext context, CitizenReports reports)
    {
        var (filing, problem) = await CitizenReportForm.ReadAsync(context.Request, context.RequestAborted);
        if (filing is null)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Reporte no válido.");
        }

        var result = await reports.FileAsync(CitizenCaller.Of(context).CitizenId, filing, context.RequestAborted);
        if (result.Value is not { } report)
        {
            return CommandHttp.Problem(result, "Reporte no válido.");
        }

        var view = CitizenReportStatusView.From(report);
        return result.Outcome == CommandOutcome.Created ? TypedResults.Created((string?)null, view) : TypedResults.Ok(view);
    }

    private static async Task<Ok<IReadOnlyList<CitizenReportStatusView>>> MineAsync(HttpContext context, CitizenReports reports) =>
        TypedResults.Ok(await reports.MineAsync(CitizenCaller.Of(context).CitizenId, context.RequestAborted));

    private static async Task<Results<Ok<CitizenReportStatusView>, ProblemHttpResult>> ReportAsync(Guid reportId, HttpContext context, CitizenReports reports) =>
        await reports.StatusAsync(CitizenCaller.Of(context).CitizenId, reportId, context.RequestAborted) is { } report
            ? TypedResults.Ok(report)
            : TypedResults.Problem("El reporte no existe en esta cuenta.", statusCode: StatusCodes.Status404NotFound, title: "Reporte no encontrado");
}
