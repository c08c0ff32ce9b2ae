using Amparo.Domain.FollowUp;

namespace Amparo.Data.FollowUp;

/// <summary>A check-in call to the victim or an unannounced police round at her home, as it was done.</summary>
public sealed class FollowUpRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public FollowUpKind Kind { get; set; }

    /// <summary>When it was done (UTC); may be earlier than when it was recorded, a round reported from the street.</summary>
    public DateTime At { get; set; }

    public FollowUpOutcome Outcome { get; set; }

    /// <summary>Who did it: the centre, the police station, the women's emergency centre.</summary>
    public string? Institution { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAt { get; set; }

    public string? Note { get; set; }
}
