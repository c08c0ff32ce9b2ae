using Amparo.Ingest.Intake;
using Amparo.Monitoring.Cases;
using Amparo.Monitoring.Intake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Monitoring;

public static class MonitoringServiceCollectionExtensions
{
    /// <summary>The engine's services; the host runs the Orleans silo and provides the <see cref="Feed.IMonitoringFeed"/>.</summary>
    public static IServiceCollection AddAmparoMonitoring(this IServiceCollection services)
    {
        services.TryAddSingleton<CaseSnapshotLoader>();
        services.TryAddSingleton<IDeviceMessageSink, PositionIntake>();
        return services;
    }
}
