using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Amparo.Server.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Amparo.Cli.Bench.Engine;

/// <summary>Amparo in this process on 127.0.0.1 with free ports: the API and hub, the GT06 listener and the silo; other listeners off.</summary>
public sealed class EngineBenchHost
{
    private EngineBenchHost(WebApplication app, int httpPort, int gt06Port)
    {
        App = app;
        Server = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{httpPort}/"));
        Gt06Port = gt06Port;
    }

    public WebApplication App { get; }

    public Uri Server { get; }

    public int Gt06Port { get; }

    /// <summary>Builds the host and migrates its database; it is not started yet.</summary>
    public static async Task<EngineBenchHost> PrepareAsync(string connectionString)
    {
        var httpPort = FreePort();
        var gt06Port = FreePort();
        string[] args =
        [
            "--Amparo:Database:Provider=Postgres",
            $"--Amparo:Database:ConnectionString={connectionString}",
            "--Amparo:Http:Address=127.0.0.1",
            string.Create(CultureInfo.InvariantCulture, $"--Amparo:Http:Port={httpPort}"),
            "--Amparo:Listeners:OsmAnd:Port=0",
            string.Create(CultureInfo.InvariantCulture, $"--Amparo:Listeners:Tcp:Ports:gt06={gt06Port}"),
            "--Amparo:Listeners:Tcp:Ports:h02=0",
            "--Amparo:Listeners:Tcp:Ports:watch=0",
            "--Amparo:Listeners:Tcp:Ports:teltonika=0",
            "--Amparo:Listeners:Tcp:MaxConnectionsPerAddress=100000",
            string.Create(CultureInfo.InvariantCulture, $"--Amparo:Orleans:SiloPort={FreePort()}"),
            string.Create(CultureInfo.InvariantCulture, $"--Amparo:Orleans:GatewayPort={FreePort()}"),
            "--Logging:LogLevel:Default=Warning",
            // Every breach opens an alarm, as it should: not worth a line each.
            "--Logging:LogLevel:Amparo.Monitoring.Engine.CaseMonitorGrain=Error",
            // Standard output carries the JSON line alone.
            "--Logging:Console:LogToStandardErrorThreshold=Trace",
        ];
        var app = AmparoHost.Build(args);
        await AmparoHost.PrepareAsync(app);
        return new EngineBenchHost(app, httpPort, gt06Port);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
