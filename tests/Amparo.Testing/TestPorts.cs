using System.Globalization;

namespace Amparo.Testing;

/// <summary>Free ports on 127.0.0.1 for every listener of one Amparo host, and the arguments that bind them.</summary>
public sealed record TestPorts(int Http, int OsmAnd, int Silo, int Gateway, int Gt06, int H02, int Watch, int Teltonika)
{
    public static TestPorts Free()
    {
        // Eight different ports: two listeners of one host must never be handed the same one.
        var ports = new HashSet<int>();
        while (ports.Count < 8)
        {
            ports.Add(FreePorts.Next());
        }

        var p = ports.ToArray();
        return new(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]);
    }

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
