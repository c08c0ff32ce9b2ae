using Amparo.Domain.Devices;

namespace Amparo.Cli.Simulation;

/// <summary>The counters of every protocol and the acknowledgement latencies of the whole run.</summary>
public sealed class SimulationCounters
{
    private readonly Dictionary<DeviceProtocol, ProtocolCounters> _byProtocol = ProtocolMix.Protocols.ToDictionary(p => p, _ => new ProtocolCounters());

    public LatencyHistogram Latencies { get; } = new();

    public ProtocolCounters this[DeviceProtocol protocol] => _byProtocol[protocol];

    public long Sent => _byProtocol.Values.Sum(c => c.Sent);

    public long Acknowledged => _byProtocol.Values.Sum(c => c.Acknowledged);

    public long Reconnects => _byProtocol.Values.Sum(c => c.Reconnects);

    public long Errors => _byProtocol.Values.Sum(c => c.Errors);

    public long Connected => _byProtocol.Values.Sum(c => c.Connected);

    public long EverConnected => _byProtocol.Values.Sum(c => c.EverConnected);
}
