namespace Amparo.Data.Reports;

/// <summary>
/// A report to the court of what happened in a case over a period (alarms, the operators' actions, police requests,
/// the timeline), kept as the PDF that was issued (a <see cref="Documents.StoredFile"/> and its SHA-256) with its totals.
/// </summary>
public sealed class OccurrenceReport
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public DateTime From { get; set; }

    public DateTime To { get; set; }

    public DateTime IssuedAt { get; set; }

    public required string IssuedBy { get; set; }

    public Guid FileId { get; set; }

    public required string Sha256 { get; set; }

    public int AlarmCount { get; set; }

    public int ActionCount { get; set; }

    public int PoliceRequestCount { get; set; }

    public int TimelineCount { get; set; }

    /// <summary>SHA-256 over the records it was made from (each alarm with its actions, police request, timeline entry): see <see cref="Manifest"/>.</summary>
    public string? RecordsHash { get; set; }

    /// <summary>Each record it was made from and its hash when issued (JSON), so a check names what changed since.</summary>
    public string? Manifest { get; set; }

    /// <summary>The integrity ledger's last link when it was issued (0 when empty), printed on it: the court's copy anchors the chain.</summary>
    public long AnchorIndex { get; set; }

    public string? AnchorHash { get; set; }

    /// <summary>Its own link in the ledger, once sealed.</summary>
    public long? LedgerIndex { get; set; }
}
