using Amparo.Domain.Intake;
using Amparo.Domain.People;

namespace Amparo.Data.People;

/// <summary>
/// An address of a party: written as given, then placed and confirmed on the map, then surveyed for coverage.
/// A victim's protected addresses become the case's fixed zones on activation.
/// </summary>
public sealed class CaseAddress
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid PersonId { get; set; }

    public PartyRole Role { get; set; }

    public AddressKind Kind { get; set; }

    public required string Text { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>A place of hers the order protects: a fixed zone is drawn around it.</summary>
    public bool Protected { get; set; }

    public string? ConfirmedBy { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    public Coverage Coverage { get; set; }

    public string? CoverageNote { get; set; }

    public string? CoverageBy { get; set; }

    public DateTime? CoverageAt { get; set; }

    /// <summary>When the address stopped being his or hers (a move); kept for the record.</summary>
    public DateTime? EndedAt { get; set; }
}
