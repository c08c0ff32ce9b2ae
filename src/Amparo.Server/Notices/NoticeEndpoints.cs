using Amparo.Data.Audit;
using Amparo.Server.Auth;
using Amparo.Server.Notices.Occurrences;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Notices;

/// <summary>The notices (oficios) of a case's order, their delivery and acknowledgement, and the occurrences reports to the court.</summary>
public static class NoticeEndpoints
{
    public static IEndpointRouteBuilder MapNoticeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var cases = endpoints.MapGroup("/api/cases/{id:guid}").WithTags("Notices").RequireAuthorization(AmparoPolicies.User);
        cases.MapPost("/notices", IssueAsync).WithSummary("Issues the notices of the case's latest order: all six recipients of seed 002 (A–F) or those given ({ recipients: [\"A\", \"C\"], institutions: { \"C\": id }, reissue }). Juzgado, Supervisor, Administrador.");
        cases.MapGet("/notices", ListAsync).WithSummary("The case's notices with their number, recipient and status (Issued, Delivered, Acknowledged).");
        cases.MapPost("/reports/occurrences", ReportAsync).WithSummary("Issues the occurrences report to the court for { from, to }: alarms, operators' actions, police requests and the timeline, as a PDF kept with its SHA-256. Operador, Supervisor, Administrador, Juzgado.");
        cases.MapGet("/reports/occurrences", ReportsAsync).WithSummary("The case's occurrences reports.");
        var notices = endpoints.MapGroup("/api").WithTags("Notices").RequireAuthorization(AmparoPolicies.User);
        notices.MapGet("/notices/{id:guid}/pdf", PdfAsync).WithSummary("The notice's PDF as issued; one that names or locates the victim only for roles that may read her data (audited).");
        notices.MapPost("/notices/{id:guid}/delivery", DeliverAsync).WithSummary("Records the delivery: { channel: Hand|Email|System|Post, deliveredBy, at, note }. The court, the recipient institution's users, Supervisor, Administrador.");
        notices.MapPost("/notices/{id:guid}/acknowledgement", AcknowledgeAsync).WithSummary("Records the recipient's acknowledgement: { acknowledgedBy, role, at, note }. The recipient institution's users, Supervisor, Administrador.");
        notices.MapGet("/reports/{id:guid}/pdf", ReportPdfAsync).WithSummary("An occurrences report's PDF as issued (audited: it names the victim).");
        return endpoints;
    }

    private static async Task<Results<Created<IReadOnlyList<NoticeView>>, ProblemHttpResult>> IssueAsync(
        Guid id, IssueNoticesRequest? body, HttpContext context, NoticeIssuer issuer, UserScopeResolver scopes)
    {
        var result = await issuer.IssueAsync(id, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done
            ? TypedResults.Created($"/api/cases/{id}/notices", result.Value)
            : CommandHttp.Problem(result, "No se pudieron emitir los oficios.");
    }

    private static async Task<Results<Ok<IReadOnlyList<NoticeView>>, ProblemHttpResult>> ListAsync(
        Guid id, HttpContext context, NoticeQueries queries, UserScopeResolver scopes) =>
        Done(await queries.ListAsync(id, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted), "No se pudieron leer los oficios.");

    private static async Task<Results<Ok<NoticeView>, ProblemHttpResult>> DeliverAsync(
        Guid id, DeliveryRequest body, HttpContext context, NoticeCommands commands, UserScopeResolver scopes) =>
        Done(await commands.DeliverAsync(id, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted), "No se pudo registrar la entrega.");

    private static async Task<Results<Ok<NoticeView>, ProblemHttpResult>> AcknowledgeAsync(
        Guid id, AcknowledgementRequest body, HttpContext context, NoticeCommands commands, UserScopeResolver scopes) =>
        Done(await commands.AcknowledgeAsync(id, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted), "No se pudo registrar el acuse de recibo.");

    private static async Task<Results<Created<OccurrenceReportView>, ProblemHttpResult>> ReportAsync(
        Guid id, OccurrenceReportRequest body, HttpContext context, OccurrenceReports reports, UserScopeResolver scopes)
    {
        var result = await reports.IssueAsync(id, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done
            ? TypedResults.Created($"/api/reports/{result.Value!.Id}/pdf", result.Value)
            : CommandHttp.Problem(result, "No se pudo emitir el informe.");
    }

    private static async Task<Results<Ok<IReadOnlyList<OccurrenceReportView>>, ProblemHttpResult>> ReportsAsync(
        Guid id, HttpContext context, OccurrenceReports reports, UserScopeResolver scopes) =>
        Done(await reports.ListAsync(id, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted), "No se pudieron leer los informes.");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        Guid id, HttpContext context, NoticeQueries queries, UserScopeResolver scopes, AuditLog audit)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return await SendAsync(await queries.PdfAsync(id, scope, context.RequestAborted), "notice", id, scope, context, audit, "No se pudo leer el oficio.");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReportPdfAsync(
        Guid id, HttpContext context, OccurrenceReports reports, UserScopeResolver scopes, AuditLog audit)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return await SendAsync(await reports.PdfAsync(id, scope, context.RequestAborted), "occurrence_report", id, scope, context, audit, "No se pudo leer el informe.");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SendAsync(
        CommandResult<NoticePdfFile> result, string subject, Guid id, UserScope scope, HttpContext context, AuditLog audit, string title)
    {
        if (result.Outcome != CommandOutcome.Done)
        {
            return CommandHttp.Problem(result, title);
        }

        var file = result.Value!;
        if (file.CarriesVictimData)
        {
            await audit.RecordAsync(new AuditEntry(scope.UserName, AuditActions.VictimDataRead, subject, id.ToString(), file.CaseId,
                context.Connection.RemoteIpAddress?.ToString(), "api pdf"), context.RequestAborted);
        }

        return TypedResults.File(file.Content, "application/pdf", file.FileName);
    }

    private static Results<Ok<T>, ProblemHttpResult> Done<T>(CommandResult<T> result, string title) =>
        result.Outcome == CommandOutcome.Done ? TypedResults.Ok(result.Value!) : CommandHttp.Problem(result, title);
}
