using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Amparo.Cli.Bench;

/// <summary>The benches' Amparo: PostgreSQL, the API and GT06 (and Teltonika when given a port) on free loopback ports, every other listener off.</summary>
public static class BenchHostArguments
{
    public static List<string> Trackers(string connectionString, int httpPort, int gt06Port, int teltonikaPort = 0) =>
    [
        "--Amparo:Database:Provider=Postgres",
        $"--Amparo:Database:ConnectionString={connectionString}",
        "--Amparo:Http:Address=127.0.0.1",
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Http:Port={httpPort}"),
        "--Amparo:Listeners:OsmAnd:Port=0",
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Listeners:Tcp:Ports:gt06={gt06Port}"),
        "--Amparo:Listeners:Tcp:Ports:h02=0",
        "--Amparo:Listeners:Tcp:Ports:watch=0",
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Listeners:Tcp:Ports:teltonika={teltonikaPort}"),
        "--Amparo:Listeners:Tcp:MaxConnectionsPerAddress=100000",
        // A throwaway server on loopback: the bench's operator signs in by password, as often as it needs.
        "--Amparo:Security:RequireTwoFactor=false",
        "--Amparo:Security:SignInAttemptsPerMinute=10000",
        "--Amparo:Listeners:Rate:FramesPerDeviceMinute=1000000",
        "--Amparo:Listeners:Rate:RequestsPerAddressMinute=10000000",
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Orleans:SiloPort={FreePort()}"),
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Orleans:GatewayPort={FreePort()}"),
        "--Logging:LogLevel:Default=Warning",
    ];

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
