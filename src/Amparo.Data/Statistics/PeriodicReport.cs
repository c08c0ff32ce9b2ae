namespace Amparo.Data.Statistics;

/// <summary>
/// A periodic report of the programme's figures for one jurisdiction (a month, a quarter or a year of the centre's
/// calendar), made by the schedule once the period ended and kept as a PDF, as institutions publish them.
/// </summary>
public sealed class PeriodicReport
{
    public const string Spanish = "es";

    public const string English = "en";

    public Guid Id { get; set; }

    public Guid JurisdictionId { get; set; }

    /// <summary><c>2026-11</c>, <c>2026-Q4</c> or <c>2026</c>.</summary>
    public required string Period { get; set; }

    /// <summary>The language it is written in: <see cref="Spanish"/> or <see cref="English"/>.</summary>
    public string Language { get; set; } = Spanish;

    public DateTime From { get; set; }

    public DateTime To { get; set; }

    public DateTime GeneratedAt { get; set; }

    public Guid FileId { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>Its link in the integrity ledger, once sealed.</summary>
    public long? LedgerIndex { get; set; }

    /// <summary>SHA-256 over the facts its figures were computed from, section by section: see <see cref="Manifest"/> (null for reports made before it was kept).</summary>
    public string? RecordsHash { get; set; }

    /// <summary>Each section of facts with its hash, as JSON.</summary>
    public string? Manifest { get; set; }

    /// <summary>The integrity ledger's last link when it was made, printed on it.</summary>
    public long? AnchorIndex { get; set; }

    public string? AnchorHash { get; set; }
}
