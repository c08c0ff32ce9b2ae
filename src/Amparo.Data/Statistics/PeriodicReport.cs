namespace Amparo.Data.Statistics;

/// <summary>
/// A periodic report of the programme's figures for one jurisdiction (a month, a quarter or a year of the centre's
/// calendar), made by the schedule once the period ended and kept as a PDF, as institutions publish them.
/// </summary>
public sealed class PeriodicReport
{
    public Guid Id { get; set; }

    public Guid JurisdictionId { get; set; }

    /// <summary><c>2026-11</c>, <c>2026-Q4</c> or <c>2026</c>.</summary>
    public required string Period { get; set; }

    public DateTime From { get; set; }

    public DateTime To { get; set; }

    public DateTime GeneratedAt { get; set; }

    public Guid FileId { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>Its link in the integrity ledger, once sealed.</summary>
    public long? LedgerIndex { get; set; }
}
