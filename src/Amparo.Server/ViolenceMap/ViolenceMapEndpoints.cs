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
    /// <summary>Who may read the map: the centre's supervisors and administrators, and the police who plan patrols.</summary>
    public static IReadOnlyList<string> Readers { get; } = [AmparoRoles.Administrador, AmparoRoles.Supervisor, AmparoRoles.Policia];

    public static IServiceCollection AddAmparoViolenceMap(this IServiceCollection services) =>
        services.AddSingleton<ViolenceMapReader>().AddSingleton<ViolenceMapService>();

    public static IEndpointRouteBuilder MapViolenceMapEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/violence-map", MapAsync).WithTags("Statistics")
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithSummary("The violence map: ?period= or ?from=&to=, cell=250..5000 metres (500), kinds=breach,panic,citizen-alert,report (all). Cells only; audited.");
        return endpoints;
    }

    private static async Task<Results<Ok<MapGridResult>, ProblemHttpResult>> MapAsync(
        string? period, string? from, string? to, int? cell, string? kinds, HttpContext context, UserScopeResolver scopes,
        ProgrammeStatisticsService statistics, ViolenceMapService map)
    {
        if (statistics.Period(period, from, to) is not RegistryPeriod days)
        {
            return Problem("Indique el período: period=2026-11, 2026-Q4 o 2026, o from y to (yyyy-MM-dd).");
        }

        var metres = cell ?? 500;
        if (metres is < ViolenceMapService.SmallestCell or > ViolenceMapService.LargestCell)
        {
            return Problem("La celda mide entre 250 y 5000 metros: más fina permitiría leer un domicilio.");
        }

        var wanted = (kinds ?? string.Join(',', ViolenceMapReader.Kinds)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0 || !wanted.IsSubsetOf(ViolenceMapReader.Kinds))
        {
            return Problem("Los tipos son breach, panic, citizen-alert y report.");
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return TypedResults.Ok(await map.BuildAsync(scope, days, metres, wanted, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted));
    }

    private static ProblemHttpResult Problem(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Mapa no disponible");
}
