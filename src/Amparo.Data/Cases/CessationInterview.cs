namespace Amparo.Data.Cases;

/// <summary>
/// The interview before a cessation by the victim's will (seed 002, 5.II): the gender area or the court's team tells
/// her the risks of leaving the programme; only then may her wish end the monitoring.
/// </summary>
public sealed class CessationInterview
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public DateTime At { get; set; }

    /// <summary>Who interviewed her: the municipal gender area, the court's technical team.</summary>
    public required string Institution { get; set; }

    public required string ConductedBy { get; set; }

    public bool RisksExplained { get; set; }

    public bool WishesToLeave { get; set; }

    public string? Note { get; set; }
}
