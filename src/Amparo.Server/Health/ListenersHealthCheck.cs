using Amparo.Ingest.OsmAnd;
using Amparo.Ingest.Tcp;
using Amparo.Server.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Health;

/// <summary>Ready only when the console port and every device listener's port are bound.</summary>
public sealed class ListenersHealthCheck(IServer server, IOptions<HttpOptions> http, IOptions<OsmAndOptions> osmAnd, IConfiguration configuration) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => new Uri(a.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal)).Port)
            .ToHashSet() ?? [];
        var expected = new[] { http.Value.Port, osmAnd.Value.Port }
            .Concat(TcpListeners.Ports(configuration).Select(p => p.Port))
            .Where(p => p != 0);
        var missing = expected.Where(p => !bound.Contains(p)).ToList();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Ports not bound: {string.Join(", ", missing)}."));
    }
}
