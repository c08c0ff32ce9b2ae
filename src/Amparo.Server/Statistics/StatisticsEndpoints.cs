using System.Globalization;
using Amparo.Data.Audit;
using Amparo.Domain.Registries;
using Amparo.Domain.Statistics;
using Amparo.Server.Auth;
using Amparo.Server.Registries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Statistics;

/// <summary>The programme's figures per jurisdiction and period, and the periodic report as PDF (with charts), CSV or XLSX.</summary>
public static class StatisticsEndpoints
{
    public static IServiceCollection AddAmparoStatistics(this IServiceCollection services)
    {
        services.AddOptions<StatisticsOptions>().BindConfiguration(StatisticsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ProgrammeFactsReader>();
        services.AddSingleton<ProgrammeStatisticsService>();
        services.AddSingleton<PeriodicReportSchedule>();
        services.AddSingleton<PeriodicReports>();
        services.AddHostedService<PeriodicReportScheduling>();
        return services;
    }

    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/statistics").WithTags("Statistics").RequireAuthorization(AmparoPolicies.Supervision);
        group.MapGet("/", FiguresAsync).WithSummary(
            "The programme's figures in the user's jurisdictions: ?period=2026-11 | 2026-Q4 | 2026, or ?from=&to= (yyyy-MM-dd, the centre's days; the last 30 days by default).");
        group.MapGet("/periodic", PeriodicAsync).WithSummary("The periodic reports made by the schedule for the user's jurisdictions, newest first.");
        group.MapGet("/periodic/{id:guid}/pdf", PeriodicPdfAsync).WithSummary("A periodic report's PDF, as it was made. Audited.");
        group.MapGet("/report", ReportAsync).WithSummary("The periodic report (?period= or ?from=&to=) as format=pdf (charts), csv or xlsx; lang=en for English. Audited.");
        return endpoints;
    }

    private static async Task<Results<Ok<ProgrammeReport>, ProblemHttpResult>> FiguresAsync(
        string? period, string? from, string? to, HttpContext context, UserScopeResolver scopes, ProgrammeStatisticsService statistics)
    {
        if (statistics.Period(period, from, to) is not { } days)
        {
            return Invalid();
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return TypedResults.Ok(await statistics.ComputeAsync(scope, days, context.RequestAborted));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReportAsync(
        string? period, string? from, string? to, string? format, string? lang, HttpContext context, UserScopeResolver scopes,
        ProgrammeStatisticsService statistics, AuditLog audit, TimeProvider time)
    {
        if (statistics.Period(period, from, to) is not { } days)
        {
            return Invalid();
        }

        var kind = format?.ToUpperInvariant();
        if (kind is not ("PDF" or "CSV" or "XLSX"))
        {
            return TypedResults.Problem("El formato es pdf, csv o xlsx.", statusCode: StatusCodes.Status400BadRequest, title: "Formato no válido");
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var report = await statistics.ComputeAsync(scope, days, context.RequestAborted);
        var text = new StatisticsText(RegistryFile.English(lang));
        var name = period is { Length: > 0 } ? ReportPeriods.Name(period, text.English) : $"{RegistryCells.Text(days.From)} – {RegistryCells.Text(days.To)}";
        var file = string.Create(CultureInfo.InvariantCulture, $"informe-programa-{period ?? $"{RegistryCells.Text(days.From)}-{RegistryCells.Text(days.To)}"}");
        await audit.RecordAsync(new AuditEntry(scope.UserName, AuditActions.StatisticsExported, "statistics", period, null,
            context.Connection.RemoteIpAddress?.ToString(), $"format={kind} from={RegistryCells.Text(days.From)} to={RegistryCells.Text(days.To)}"), context.RequestAborted);
        if (kind == "PDF")
        {
            var scopeName = await statistics.ScopeNameAsync(scope, context.RequestAborted) ?? text["stats.all"];
            return TypedResults.File(ProgrammeReportPdf.Render(report, name, scopeName, scope.UserName, time.GetUtcNow().UtcDateTime, text), "application/pdf", file + ".pdf");
        }

        IReadOnlyList<RegistryColumn<StatisticsRow>> columns =
        [
            new(text["stats.section"], text["stats.section"], false, r => r.Section),
            new(text["stats.indicator"], text["stats.indicator"], false, r => r.Indicator),
            new(text["stats.value"], text["stats.value"], false, r => r.Value),
        ];
        return await RegistryFile.CreateAsync(kind == "XLSX" ? RegistryFormat.Xlsx : RegistryFormat.Csv, columns, ProgrammeReportRows.For(report, text), file,
            text.English, context.RequestAborted);
    }

    private static async Task<Ok<IReadOnlyList<PeriodicReportView>>> PeriodicAsync(HttpContext context, UserScopeResolver scopes, PeriodicReports reports)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return TypedResults.Ok(await reports.ListAsync(scope, context.RequestAborted));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PeriodicPdfAsync(
        Guid id, HttpContext context, UserScopeResolver scopes, PeriodicReports reports, AuditLog audit)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        if (await reports.PdfAsync(id, scope, context.RequestAborted) is not { } file)
        {
            return TypedResults.Problem("El informe no existe o no es de sus jurisdicciones.", statusCode: StatusCodes.Status404NotFound, title: "Informe no encontrado");
        }

        await audit.RecordAsync(new AuditEntry(scope.UserName, AuditActions.StatisticsExported, "statistics.periodic", id.ToString(), null,
            context.Connection.RemoteIpAddress?.ToString(), "format=PDF"), context.RequestAborted);
        return TypedResults.File(file.Content, "application/pdf", file.FileName);
    }

    private static ProblemHttpResult Invalid() => TypedResults.Problem(
        "Indique el período: period=2026-11, 2026-Q4 o 2026, o from y to (yyyy-MM-dd, desde no posterior a hasta).",
        statusCode: StatusCodes.Status400BadRequest, title: "Período no válido");
}
