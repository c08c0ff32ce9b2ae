using System.Globalization;
using Amparo.Domain.Devices;

namespace Amparo.Cli.Simulation;

/// <summary>The share of each protocol among the simulated devices, from <c>--mix gt06=40,teltonika=20,…</c>.</summary>
public sealed class ProtocolMix
{
    /// <summary>The protocols the simulator speaks, in the order devices are numbered.</summary>
    public static readonly IReadOnlyList<DeviceProtocol> Protocols =
        [DeviceProtocol.Gt06, DeviceProtocol.Teltonika, DeviceProtocol.H02, DeviceProtocol.Watch, DeviceProtocol.OsmAnd];

    private readonly Dictionary<DeviceProtocol, int> _weights;

    private ProtocolMix(Dictionary<DeviceProtocol, int> weights) => _weights = weights;

    public static ProtocolMix Even { get; } = new(Protocols.ToDictionary(p => p, _ => 1));

    /// <summary>Parses "name=weight,…" (weights are usually percentages; they need not add up to 100).</summary>
    public static bool TryParse(string text, out ProtocolMix mix, out string error)
    {
        mix = Even;
        error = string.Empty;
        var weights = new Dictionary<DeviceProtocol, int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var protocol = Protocols.FirstOrDefault(p => string.Equals(p.ToString(), pair[0], StringComparison.OrdinalIgnoreCase), DeviceProtocol.App);
            if (protocol == DeviceProtocol.App)
            {
                error = $"--mix: protocolo desconocido '{pair[0]}' (gt06, teltonika, h02, watch, osmand) / unknown protocol.";
                return false;
            }

            if (pair.Length != 2 || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var weight))
            {
                error = $"--mix: '{part}' no es protocolo=porcentaje / is not protocol=percent.";
                return false;
            }

            weights[protocol] = weight;
        }

        if (weights.Values.Sum() <= 0)
        {
            error = "--mix: ningún protocolo con porcentaje mayor que cero / no protocol with a share above zero.";
            return false;
        }

        mix = new ProtocolMix(weights);
        return true;
    }

    /// <summary>How many of <paramref name="devices"/> speak each protocol: largest remainders, so the counts add up.</summary>
    public IReadOnlyDictionary<DeviceProtocol, int> Allocate(int devices)
    {
        var total = (double)_weights.Values.Sum();
        var exact = Protocols.Select(p => (Protocol: p, Share: devices * _weights.GetValueOrDefault(p) / total)).ToList();
        var counts = exact.ToDictionary(e => e.Protocol, e => (int)Math.Floor(e.Share));
        var left = devices - counts.Values.Sum();
        foreach (var (protocol, _) in exact.OrderByDescending(e => e.Share - Math.Floor(e.Share)).Take(left))
        {
            counts[protocol]++;
        }

        return counts;
    }
}
