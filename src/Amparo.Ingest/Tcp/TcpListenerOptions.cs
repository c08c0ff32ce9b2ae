using System.ComponentModel.DataAnnotations;

namespace Amparo.Ingest.Tcp;

/// <summary>Configuration section <c>Amparo:Listeners:Tcp</c>: limits shared by every TCP device listener.</summary>
public sealed class TcpListenerOptions
{
    public const string Section = "Amparo:Listeners:Tcp";

    /// <summary>A connection silent for this long is closed; trackers send heartbeats every few minutes.</summary>
    [Range(5, 86_400)]
    public int IdleTimeoutSeconds { get; set; } = 900;

    /// <summary>More connections from one address are refused (a broken or hostile device cannot starve the rest).</summary>
    [Range(1, 100_000)]
    public int MaxConnectionsPerAddress { get; set; } = 200;

    /// <summary>Ports per protocol (gt06, …); 0 turns a listener off. Defaults follow the Traccar ecosystem.</summary>
    public Dictionary<string, int> Ports { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
