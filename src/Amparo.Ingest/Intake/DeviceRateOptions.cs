using System.ComponentModel.DataAnnotations;

namespace Amparo.Ingest.Intake;

/// <summary><c>Amparo:Listeners:Rate</c>: how much one device, and one address over HTTP, may send a minute.</summary>
public sealed class DeviceRateOptions
{
    public const string Section = "Amparo:Listeners:Rate";

    /// <summary>
    /// Frames one device may send a minute (a packet of buffered fixes is one frame): 50 a second lets a GT06 that was
    /// offline catch up an hour of one-second fixes in a little over a minute; a frame with an alarm always passes.
    /// </summary>
    [Range(1, 1_000_000)]
    public int FramesPerDeviceMinute { get; set; } = 3_000;

    /// <summary>OsmAnd requests one address may send a minute (phones behind one carrier address share it).</summary>
    [Range(1, 10_000_000)]
    public int RequestsPerAddressMinute { get; set; } = 12_000;
}
