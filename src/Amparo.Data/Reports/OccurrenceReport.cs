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
}
