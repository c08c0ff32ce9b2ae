using System.ComponentModel.DataAnnotations;

namespace Amparo.Ingest.OsmAnd;

/// <summary>Configuration section <c>Amparo:Listeners:OsmAnd</c>.</summary>
public sealed class OsmAndOptions
{
    public const string Section = "Amparo:Listeners:OsmAnd";

    /// <summary>The HTTP port phones post to (Traccar's default); 0 turns the listener off.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 5055;

    /// <summary>A fix stamped further in the future than this is refused: the phone's clock is wrong.</summary>
    [Range(0, 1440)]
    public double MaxFutureSkewMinutes { get; set; } = 5;

    [Range(256, 1_048_576)]
    public int MaxBodyBytes { get; set; } = 65_536;
}
