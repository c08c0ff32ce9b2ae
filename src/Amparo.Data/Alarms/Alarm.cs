using Amparo.Domain.Alarms;

namespace Amparo.Data.Alarms;

/// <summary>
/// An alarm of a case. At most one open alarm per case, type and subject (the zone or the device it is about):
/// a repeat of the rule updates it (last trigger, count, evidence) rather than opening another.
/// </summary>
public sealed class Alarm
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public AlarmType Type { get; set; }

    /// <summary>The zone or device the alarm is about ("" when it is about the case: proximity, panic).</summary>
    public string Subject { get; set; } = "";

    public AlarmPriority Priority { get; set; }

    public AlarmState State { get; set; }

    public DateTime RaisedAt { get; set; }

    public DateTime LastTriggeredAt { get; set; }

    public int TriggerCount { get; set; }

    /// <summary>The latest evidence, as JSON of <see cref="AlarmEvidence"/>.</summary>
    public required string Evidence { get; set; }

    /// <summary>The first evidence: what the operator was first shown.</summary>
    public required string FirstEvidence { get; set; }

    public required string Explanation { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTime? AcknowledgedAt { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public AlarmOutcome? Outcome { get; set; }

    /// <summary>When the engine saw the condition end, and why; the alarm stays open unless it is technical.</summary>
    public DateTime? ClearedAt { get; set; }

    public string? ClearReason { get; set; }

    /// <summary>When supervisors were called because nobody claimed the alarm.</summary>
    public DateTime? EscalatedAt { get; set; }

    /// <summary>Optimistic concurrency: two operators cannot both claim the same alarm.</summary>
    public int Version { get; set; }

    /// <summary>Its link in the integrity ledger, once resolved and sealed.</summary>
    public long? LedgerIndex { get; set; }

    public List<AlarmAction> Actions { get; set; } = [];
}
