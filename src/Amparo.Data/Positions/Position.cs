namespace Amparo.Data.Positions;

/// <summary>One stored fix. The same device, fix time and coordinates are stored once (retries are absorbed).</summary>
public sealed class Position
{
    public long Id { get; set; }

    public Guid DeviceId { get; set; }

    public DateTime FixTime { get; set; }

    public DateTime ServerTime { get; set; }

    public bool Valid { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public double? AccuracyMetres { get; set; }

    public double? SpeedKnots { get; set; }

    public double? Course { get; set; }

    public double? Altitude { get; set; }

    public double? BatteryPercent { get; set; }

    /// <summary>Everything else the device said, as a JSON object.</summary>
    public string? Attributes { get; set; }
}
