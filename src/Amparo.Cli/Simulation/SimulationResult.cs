namespace Amparo.Cli.Simulation;

/// <summary>The figures of a run, printed as the last line in JSON.</summary>
public sealed record SimulationResult(
    int Devices,
    double Seconds,
    double AskedRate,
    double AchievedRate,
    long Sent,
    long Acknowledged,
    long Reconnects,
    long Errors,
    double? AckP50Ms,
    double? AckP99Ms,
    IReadOnlyDictionary<string, ProtocolResult> Protocols)
{
    /// <summary>Whether any device got through: a TCP login accepted or an OsmAnd report answered 200.</summary>
    public bool ReachedServer => Protocols.Any(p => p.Value.Connected > 0 || p.Value.Acknowledged > 0);
}

/// <summary>The figures of one protocol; <see cref="Connected"/> counts TCP devices that logged in at least once.</summary>
public sealed record ProtocolResult(int Devices, long Sent, long Acknowledged, long Reconnects, long Errors, long Connected, string? LastError);
