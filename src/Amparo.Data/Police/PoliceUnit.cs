namespace Amparo.Data.Police;

/// <summary>A police unit (patrol car, motorcycle) whose position the police's AVL feed reports to the centre.</summary>
public sealed class PoliceUnit
{
    public Guid Id { get; set; }

    public required string CallSign { get; set; }

    public Guid JurisdictionId { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public DateTime? ReportedAt { get; set; }

    /// <summary>Free for a call, as the feed says.</summary>
    public bool Available { get; set; } = true;
}
