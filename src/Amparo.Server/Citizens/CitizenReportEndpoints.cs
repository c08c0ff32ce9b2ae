using Amparo.Domain.Citizens;
using Amparo.Domain.Documents;
using Amparo.Server.Auth;
using Amparo.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Amparo.Server.Citizens;

/// <summary>The centre's two report queues (emergencies, public services): read, register a phoned-in report, route, follow up.</summary>
public static class CitizenReportEndpoints
{
    public static void MapCitizenReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/citizen-reports").WithTags("Citizen reports").RequireAuthorization(AmparoPolicies.AlarmHandler);
        group.MapGet("/", ListAsync).WithSummary("?queue=emergency|public-service (required), &status=, &category=, &area=, &open=true.");
        group.MapGet("/catalogue", Catalogue).WithSummary("The report categories and the municipal areas, in Spanish and English.");
        group.MapPost("/", RegisterAsync).WithMetadata(new RequestSizeLimitAttribute(RequestBodyLimits.Base64Of(CitizenReports.MaxPhotoBytes))).WithSummary("Registers a report a citizen phoned in (the operator's own jurisdiction).");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One report with its follow-up.");
        group.MapPost("/{id:guid}/route", RouteAsync).WithSummary("Routes the report to a municipal area.");
        group.MapPost("/{id:guid}/status", StatusAsync).WithSummary("in-progress, resolved or rejected, with a note the citizen reads.");
        group.MapGet("/{id:guid}/photo", PhotoAsync).WithSummary("The report's photo; each read is audited.");
    }

    private static async Task<Results<Ok<IReadOnlyList<CitizenReportView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, CitizenReportReader reader, UserScopeResolver scopes, string? queue, string? status, string? category, string? area, bool open = false)
    {
        if (CitizenNames.Queue(queue) is not { } which)
        {
            return TypedResults.Problem("Indique la cola: queue=emergency o queue=public-service.", statusCode: StatusCodes.Status400BadRequest);
        }

        ReportStatus? only = null;
        if (!string.IsNullOrEmpty(status) && (only = CitizenNames.Status(status)) is null)
        {
            return TypedResults.Problem("El estado no existe (received, routed, in-progress, resolved, rejected).", statusCode: StatusCodes.Status400BadRequest);
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return TypedResults.Ok(await reader.ListAsync(scope.Jurisdictions, new ReportFilter(which, only, category, area, open), context.RequestAborted));
    }

    private static Ok<ReportCatalogueView> Catalogue() => TypedResults.Ok(new ReportCatalogueView(ReportCatalogue.All, MunicipalAreas.All));

    private static async Task<Results<Ok<CitizenReportView>, ProblemHttpResult>> RegisterAsync(
        PhonedReportRequest body, HttpContext context, CitizenReports reports, CitizenJurisdiction municipality, UserScopeResolver scopes)
    {
        byte[]? photo = null;
        if (!string.IsNullOrEmpty(body.PhotoBase64))
        {
            photo = new byte[body.PhotoBase64.Length * 3 / 4 + 3];
            if (!Convert.TryFromBase64String(body.PhotoBase64, photo, out var length))
            {
                return TypedResults.Problem("La foto no está en base64.", statusCode: StatusCodes.Status400BadRequest);
            }

            photo = photo[..length];
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var own = context.User.FindFirst(AmparoClaims.Jurisdiction)?.Value is { } claim && Guid.TryParse(claim, out var mine)
            ? mine
            : await municipality.ResolveAsync(context.RequestAborted);
        if (own is not { } jurisdictionId)
        {
            return TypedResults.Problem("Su usuario no tiene jurisdicción y el municipio no está configurado.", statusCode: StatusCodes.Status400BadRequest);
        }

        var filing = new ReportFiling($"llamada:{Guid.CreateVersion7()}", body.Category ?? "", body.Description, body.Latitude, body.Longitude, photo);
        return CitizenAlertEndpoints.Http(
            await reports.RegisterCallAsync(filing, jurisdictionId, scope.UserName, body.CallerName, body.CallerPhone, context.RequestAborted),
            "No se pudo registrar el reporte");
    }

    private static async Task<Results<Ok<CitizenReportView>, NotFound>> GetAsync(Guid id, HttpContext context, CitizenReportReader reader, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return await reader.FindAsync(id, context.RequestAborted) is { } report && scope.CanSee(report.JurisdictionId)
            ? TypedResults.Ok(report)
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<CitizenReportView>, ProblemHttpResult>> RouteAsync(
        Guid id, RouteReportRequest body, HttpContext context, CitizenReportDesk desk, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return CitizenAlertEndpoints.Http(await desk.RouteAsync(id, body.Area, body.Note, scope, context.RequestAborted), "No se pudo turnar el reporte");
    }

    private static async Task<Results<Ok<CitizenReportView>, ProblemHttpResult>> StatusAsync(
        Guid id, ReportStatusRequest body, HttpContext context, CitizenReportDesk desk, UserScopeResolver scopes)
    {
        if (CitizenNames.Status(body.Status) is not { } status)
        {
            return TypedResults.Problem("El estado no existe (in-progress, resolved, rejected).", statusCode: StatusCodes.Status400BadRequest);
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return CitizenAlertEndpoints.Http(await desk.ChangeStatusAsync(id, status, body.Note, scope, context.RequestAborted), "No se pudo cambiar el estado");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> PhotoAsync(Guid id, HttpContext context, CitizenReportDesk desk, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return await desk.PhotoAsync(id, scope, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted) is { } file
            ? TypedResults.File(file.Content, FileSignature.ContentType(file.Kind))
            : TypedResults.NotFound();
    }
}
