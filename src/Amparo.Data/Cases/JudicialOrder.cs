using Amparo.Domain.Cases;

namespace Amparo.Data.Cases;

/// <summary>A court's order on the case, as received: only an order starts, extends, varies or ends monitoring.</summary>
public sealed class JudicialOrder
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public JudicialOrderKind Kind { get; set; }

    public required string Court { get; set; }

    public required string Judge { get; set; }

    /// <summary>The court's file (expediente) number.</summary>
    public required string FileNumber { get; set; }

    public DateOnly IssuedOn { get; set; }

    /// <summary>The restriction distance the order sets, when it sets one.</summary>
    public double? PerimeterMetres { get; set; }

    /// <summary>The surveillance's new last day (an extension, or a variation that shortens it).</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>The day the aggressor was released, for a reincorporation after preventive prison.</summary>
    public DateOnly? ReleasedOn { get; set; }

    /// <summary>The order itself, as a PDF in <see cref="Documents.StoredFile"/>.</summary>
    public Guid? DocumentFileId { get; set; }

    public string? Notes { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAt { get; set; }
}
