using System.ComponentModel.DataAnnotations;

namespace Amparo.Ingest.Udp;

/// <summary>Configuration section <c>Amparo:Listeners:Udp</c>: the UDP device listeners (Teltonika units may send over UDP).</summary>
public sealed class UdpListenerOptions
{
    public const string Section = "Amparo:Listeners:Udp";

    /// <summary>Datagrams being decoded and stored at once; later ones wait in the socket's buffer.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentDatagrams { get; set; } = 256;

    /// <summary>Ports per protocol (teltonika); by default the protocol's TCP port number; 0 turns a listener off.</summary>
    public Dictionary<string, int> Ports { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
