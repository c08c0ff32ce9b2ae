using Amparo.Domain.Dispatch;

namespace Amparo.Data.Dispatch;

/// <summary>
/// A request for a police unit made from an alarm and sent to the 911 centre as a CAP 1.2 alert. What was sent is
/// kept as it was (position, area, severity), so the record shows what the police were told.
/// </summary>
public sealed class DispatchRequest
{
    public Guid Id { get; set; }

    public Guid AlarmId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The CAP identifier: unique for the sender.</summary>
    public required string Identifier { get; set; }

    public DispatchStatus Status { get; set; }

    /// <summary>A drill: CAP status Exercise instead of Actual.</summary>
    public bool Exercise { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public double RadiusMetres { get; set; }

    /// <summary>When the position was taken.</summary>
    public DateTime PositionAt { get; set; }

    public required string Urgency { get; set; }

    public required string Severity { get; set; }

    public required string Certainty { get; set; }

    public required string Headline { get; set; }

    public required string Description { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Where it was sent (the configured endpoint), or null while only exported.</summary>
    public string? SentTo { get; set; }

    /// <summary>The 911 centre's own incident number, once it gives one.</summary>
    public string? ExternalReference { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: an operator and a 911 callback cannot overwrite each other.</summary>
    public int Version { get; set; }

    public List<DispatchStatusChange> Changes { get; set; } = [];
}
