namespace Amparo.Data.Citizens;

/// <summary>Where her phone was while her alert was open: one row per position her app sent (a retry, same instant, is absorbed).</summary>
public sealed class CitizenAlertPosition
{
    public Guid Id { get; set; }

    public Guid AlertId { get; set; }

    /// <summary>When her phone took it.</summary>
    public DateTime At { get; set; }

    public DateTime ReceivedAt { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public double? AccuracyMetres { get; set; }
}
