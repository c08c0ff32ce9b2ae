using System.Globalization;

namespace Amparo.Testing;

/// <summary>Free ports on 127.0.0.1 for every listener of one Amparo host, and the arguments that bind them.</summary>
public sealed record TestPorts(int Http, int OsmAnd, int Silo, int Gateway, int Gt06, int H02, int Watch, int Teltonika)
{
    public static TestPorts Free() => new(
        FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), FreePorts.Next(),
        FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), FreePorts.Next());

    public IReadOnlyList<string> Arguments() =>
    [
        "--Amparo:Http:Address=127.0.0.1",
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Http:Port={Http}"),
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Listeners:OsmAnd:Port={OsmAnd}"),
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Listeners:Tcp:Ports:gt06={Gt06}"),
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Listeners:Tcp:Ports:h02={H02}"),
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Listeners:Tcp:Ports:watch={Watch}"),
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Listeners:Tcp:Ports:teltonika={Teltonika}"),
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Orleans:SiloPort={Silo}"),
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Orleans:GatewayPort={Gateway}"),
    ];
}
