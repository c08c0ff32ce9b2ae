using Amparo.Data.Audit;
using Amparo.Data.Identity;
using Amparo.Domain.Registries;
using Amparo.Domain.ViolenceMap;
using Amparo.Server.Auth;
using Amparo.Server.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.ViolenceMap;

/// <summary>
/// The violence map for patrol planning (seed 001): counts per grid cell of at least 250 m, a cell shown only when
/// three or more different cases or citizens make it up. For the centre's supervisors and administrators and the police.
/// </summary>
public static class ViolenceMapEndpoints
{
    public const int MinimumSources = 3;

    public static IServiceCollection AddAmparoViolenceMap(this IServiceCollection services) => services.AddSingleton<ViolenceMapReader>();

    public static IEndpointRouteBuilder MapViolenceMapEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/violence-map", MapAsync).WithTags("Statistics")
            .RequireAuthorization(p => p.RequireRole(AmparoRoles.Administrador, AmparoRoles.Supervisor, AmparoRoles.Policia))
            .WithSummary("The violence map: ?period= or ?from=&to=, cell=250..5000 metres (500), kinds=breach,panic,citizen-alert,report (all). Cells only; audited.");
        return endpoints;
    }

    private static async Task<Results<Ok<MapGridResult>, ProblemHttpResult>> MapAsync(
        string? period, string? from, string? to, int? cell, string? kinds, HttpContext context, UserScopeResolver scopes,
        ProgrammeStatisticsService statistics, ViolenceMapReader reader, AuditLog audit)
    {
        if (statistics.Period(period, from, to) is not RegistryPeriod days)
        {
            return Problem("Indique el período: period=2026-11, 2026-Q4 o 2026, o from y to (yyyy-MM-dd).");
        }

        var metres = cell ?? 500;
        if (metres is < 250 or > 5000)
        {
            return Problem("La celda mide entre 250 y 5000 metros: más fina permitiría leer un domicilio.");
        }

        var wanted = (kinds ?? string.Join(',', ViolenceMapReader.Kinds)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0 || !wanted.IsSubsetOf(ViolenceMapReader.Kinds))
        {
            return Problem("Los tipos son breach, panic, citizen-alert y report.");
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var events = await reader.ReadAsync(scope, days.Start, days.End, wanted, context.RequestAborted);
        await audit.RecordAsync(new AuditEntry(scope.UserName, AuditActions.ViolenceMapRead, "violence-map", null, null, context.Connection.RemoteIpAddress?.ToString(),
            $"from={RegistryCells.Text(days.From)} to={RegistryCells.Text(days.To)} cell={metres} kinds={string.Join(',', wanted.Order(StringComparer.Ordinal))}"), context.RequestAborted);
        return TypedResults.Ok(MapGrid.Aggregate(events, metres, MinimumSources));
    }

    private static ProblemHttpResult Problem(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Mapa no disponible");
}
