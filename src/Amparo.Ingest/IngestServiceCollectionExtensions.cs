using Amparo.Ingest.Intake;
using Amparo.Ingest.OsmAnd;
using Amparo.Ingest.Tcp;
using Amparo.Ingest.Udp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>The device listeners: their options and connection handling; the host binds the ports (<c>AddDeviceUdpListeners</c> for UDP).</summary>
    public static IServiceCollection AddAmparoIngest(this IServiceCollection services)
    {
        services.AddOptions<OsmAndOptions>().BindConfiguration(OsmAndOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TcpListenerOptions>().BindConfiguration(TcpListenerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UdpListenerOptions>().BindConfiguration(UdpListenerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ConnectionLimiter>();
        services.AddOptions<DeviceRateOptions>().BindConfiguration(DeviceRateOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<DeviceRateLimiter>();
        services.TryAddSingleton<TcpDeviceConnectionHandler>();
        return services;
    }
}
