using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Ingest.Tcp;

/// <summary>Binds one Kestrel endpoint per TCP tracker protocol, each served by <see cref="TcpDeviceConnectionHandler"/>.</summary>
public static class TcpListeners
{
    public static IReadOnlyList<ITcpDeviceProtocol> Protocols { get; } =
        [new Gt06.Gt06Protocol(TimeProvider.System), new H02.H02Protocol(TimeProvider.System), new Watch.WatchProtocol(), new Teltonika.TeltonikaProtocol()];

    /// <summary>The port of each protocol: <c>Amparo:Listeners:Tcp:Ports:gt06</c>, else the protocol's default.</summary>
    public static IEnumerable<(ITcpDeviceProtocol Protocol, int Port)> Ports(IConfiguration configuration) =>
        Protocols.Select(p => (p, configuration.GetValue($"{TcpListenerOptions.Section}:Ports:{Name(p)}", p.DefaultPort)))
            .Where(x => x.Item2 != 0);

    /// <summary>One endpoint per configured port; <paramref name="secure"/> is given each port's options and protocol name first, to put TLS on it.</summary>
    public static void ListenForDevices(this KestrelServerOptions kestrel, IPAddress address, IConfiguration configuration, Action<ListenOptions, string>? secure = null)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        foreach (var (protocol, port) in Ports(configuration))
        {
            kestrel.Listen(address, port, listen =>
            {
                secure?.Invoke(listen, Name(protocol));
                listen.Run(connection => listen.ApplicationServices.GetRequiredService<TcpDeviceConnectionHandler>().HandleAsync(protocol, connection));
            });
        }
    }

    private static string Name(ITcpDeviceProtocol protocol) => protocol.Protocol.ToString().ToLower(CultureInfo.InvariantCulture);
}
