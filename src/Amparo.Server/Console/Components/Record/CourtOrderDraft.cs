using Amparo.Domain.Cases;
using Amparo.Server.CourtOrders;

namespace Amparo.Server.Console.Components.Record;

/// <summary>The court's decision being written in the console, before it becomes a <see cref="CourtOrderRequest"/>.</summary>
public sealed class CourtOrderDraft
{
    public JudicialOrderKind Kind { get; set; } = JudicialOrderKind.Extension;

    public string Court { get; set; } = "";

    public string Judge { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public double? PerimeterMetres { get; set; }

    public DateOnly? ReleasedOn { get; set; }

    public string? Note { get; set; }

    /// <summary>Only the fields the chosen decision takes; the others stay out of the request.</summary>
    public CourtOrderRequest ToRequest() => new(
        Kind, Court, Judge, null, IssuedOn,
        Kind is JudicialOrderKind.Extension or JudicialOrderKind.Variation ? EndsOn : null,
        Kind == JudicialOrderKind.Variation ? PerimeterMetres : null,
        Kind == JudicialOrderKind.Reincorporation ? ReleasedOn : null,
        string.IsNullOrWhiteSpace(Note) ? null : Note);
}
