using System.Net;
using Amparo.Domain.Devices;
using Amparo.Ingest.Tcp;
using Amparo.Ingest.Teltonika;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Ingest.Udp;

/// <summary>Registers the UDP device listeners: Teltonika on the same port number as its TCP listener unless configured.</summary>
public static class UdpListeners
{
    /// <summary><c>Amparo:Listeners:Udp:Ports:teltonika</c>, else the Teltonika TCP port (0 when that one is off).</summary>
    public static int TeltonikaPort(IConfiguration configuration)
    {
        var tcp = TcpListeners.Ports(configuration).Where(p => p.Protocol.Protocol == DeviceProtocol.Teltonika).Select(p => p.Port).FirstOrDefault();
        return configuration.GetValue($"{UdpListenerOptions.Section}:Ports:teltonika", tcp);
    }

    public static IServiceCollection AddDeviceUdpListeners(this IServiceCollection services, IPAddress address, IConfiguration configuration)
    {
        var port = TeltonikaPort(configuration);
        if (port != 0)
        {
            var endpoint = new IPEndPoint(address, port);
            services.AddHostedService(sp => ActivatorUtilities.CreateInstance<TeltonikaUdpListener>(sp, endpoint));
        }

        return services;
    }
}
