using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Amparo.Server.Health;

/// <summary>The engine is ready when this silo is an active member of its cluster.</summary>
public sealed class SiloHealthCheck(ISiloStatusOracle silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(silo.CurrentStatus == SiloStatus.Active
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The Orleans silo is {silo.CurrentStatus}."));
}
