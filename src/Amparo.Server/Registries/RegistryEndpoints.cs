using Amparo.Data.Audit;
using Amparo.Domain.Registries;
using Amparo.Server.Auth;
using Amparo.Server.Console.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Registries;

/// <summary>The registries as files (CSV or XLSX): the RUC's monitored situations and the protocol's circuits. Every export is audited.</summary>
public static class RegistryEndpoints
{
    public static IEndpointRouteBuilder MapRegistryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/registries").WithTags("Registries").RequireAuthorization(AmparoPolicies.User);
        group.MapGet("/monitored-situations", MonitoredSituationsAsync)
            .WithSummary("Registro de Situaciones Monitoreadas (RUC): one row per case of the user's jurisdictions open in the period (from, to: yyyy-MM-dd; format: csv or xlsx; lang=en for English headers).");
        group.MapGet("/circuits", CircuitsAsync).WithSummary("The cases registered in the protocol's circuits with their unmet registration duties (circuit optional; format: csv or xlsx).");
        endpoints.MapCaseCircuitEndpoints();
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> MonitoredSituationsAsync(
        string? from, string? to, string? format, string? lang, HttpContext context, UserScopeResolver scopes, MonitoredSituationReader reader, AuditLog audit, TimeProvider time, ConsoleClock clock)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        if (!scope.IsAny(RegistryRoles.Readers))
        {
            return Forbidden();
        }

        var period = RegistryQuery.Period(from, to, clock.Today(time.GetUtcNow().UtcDateTime), clock.Zone);
        if (period is null || RegistryFile.Parse(format) is not { } kind)
        {
            return Invalid("Indique el periodo con fechas yyyy-MM-dd (desde no posterior a hasta, diez años como máximo) y el formato csv o xlsx.");
        }

        var rows = await reader.ReadAsync(scope, period, context.RequestAborted);
        var columns = MonitoredSituationColumns.For(scope.SeesVictimData);
        var details = $"format={kind} from={RegistryCells.Text(period.From)} to={RegistryCells.Text(period.To)} rows={rows.Count} victimData={scope.SeesVictimData}";
        var remote = context.Connection.RemoteIpAddress?.ToString();
        // The export, and (as any read of her data) one read of each victim whose identity it carries, in one commit.
        var entries = new List<AuditEntry> { new(scope.UserName, AuditActions.RegistryExported, "registry.monitored-situations", null, null, remote, details) };
        if (scope.SeesVictimData)
        {
            entries.AddRange(rows.Select(r => new AuditEntry(scope.UserName, AuditActions.VictimDataRead, "registry.monitored-situations", r.CaseId.ToString(), r.CaseId, remote, "registry export")));
        }

        await audit.RecordAllAsync(entries, context.RequestAborted);
        return await RegistryFile.CreateAsync(kind, columns, rows,
            $"registro-situaciones-monitoreadas-{RegistryCells.Text(period.From)}-{RegistryCells.Text(period.To)}", RegistryFile.English(lang), context.RequestAborted);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CircuitsAsync(
        string? circuit, string? format, string? lang, HttpContext context, UserScopeResolver scopes, CircuitRegistryReader reader, AuditLog audit)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        if (!scope.IsAny(RegistryRoles.Readers))
        {
            return Forbidden();
        }

        Circuit? only = null;
        if (!string.IsNullOrWhiteSpace(circuit))
        {
            if (!Enum.TryParse<Circuit>(circuit, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Invalid("El circuito no existe: Femicide, AttemptedFemicide o HighRiskPartnerViolence.");
            }

            only = parsed;
        }

        if (RegistryFile.Parse(format) is not { } kind)
        {
            return Invalid("Indique el formato csv o xlsx.");
        }

        var rows = await reader.ReadAsync(scope, only, context.RequestAborted);
        await audit.RecordAsync(new AuditEntry(scope.UserName, AuditActions.RegistryExported, "registry.circuits", only?.ToString(), null,
            context.Connection.RemoteIpAddress?.ToString(), $"format={kind} circuit={only?.ToString() ?? "all"} rows={rows.Count}"), context.RequestAborted);
        return await RegistryFile.CreateAsync(kind, CircuitColumns.All, rows, "registro-circuitos", RegistryFile.English(lang), context.RequestAborted);
    }

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem("Su rol no puede exportar los registros.", statusCode: StatusCodes.Status403Forbidden, title: "Acceso denegado");

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Solicitud no válida");
}
