using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Amparo.Server.Health;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddAmparoHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<SiloHealthCheck>("silo", tags: [ReadyTag])
            .AddCheck<ListenersHealthCheck>("listeners", tags: [ReadyTag]);
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: database reachable, silo active, listeners bound.</summary>
    public static IEndpointRouteBuilder MapAmparoHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return endpoints;
    }
}
