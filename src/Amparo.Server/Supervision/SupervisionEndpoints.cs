using Amparo.Domain.Supervision;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Supervision;

public static class SupervisionEndpoints
{
    public static IServiceCollection AddAmparoSupervision(this IServiceCollection services) =>
        services.AddSingleton<SupervisionQueries>();

    public static IEndpointRouteBuilder MapSupervisionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/supervision/report", ReportAsync)
            .WithTags("Supervision")
            .WithSummary("The centre's figures for a period (default: the last 24 h): alarms per type and hour, acceptance within 10 s / 40 s (BS 8484), handling times, false alarms by type and device model, operator load.")
            .RequireAuthorization(AmparoPolicies.Supervision);
        return endpoints;
    }

    private static async Task<Results<Ok<CentreReport>, ProblemHttpResult>> ReportAsync(
        HttpContext context, SupervisionQueries queries, UserScopeResolver scopes, TimeProvider time, DateTime? from = null, DateTime? to = null)
    {
        var end = (to ?? time.GetUtcNow().UtcDateTime).ToUniversalTime();
        var start = (from ?? end.AddDays(-1)).ToUniversalTime();
        if (start >= end || end - start > SupervisionQueries.MaxPeriod)
        {
            return TypedResults.Problem($"'from' must be before 'to', at most {SupervisionQueries.MaxPeriod.TotalDays} days apart.", statusCode: StatusCodes.Status400BadRequest);
        }

        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return TypedResults.Ok(await queries.ReportAsync(scope, start, end, context.RequestAborted));
    }
}
