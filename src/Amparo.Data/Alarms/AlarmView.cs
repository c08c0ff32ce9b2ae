using Amparo.Domain.Alarms;

namespace Amparo.Data.Alarms;

/// <summary>An alarm as the queue, the API and the hub show it.</summary>
public sealed record AlarmView(
    Guid Id,
    Guid CaseId,
    string FileNumber,
    Guid JurisdictionId,
    string Type,
    int Priority,
    string Sound,
    AlarmState State,
    DateTime RaisedAt,
    DateTime LastTriggeredAt,
    int TriggerCount,
    string Explanation,
    AlarmEvidence? Evidence,
    string? ClaimedBy,
    string? AcknowledgedBy,
    DateTime? AcknowledgedAt,
    string? ResolvedBy)
{
    /// <summary>When an operator took it: the end of its wait (BS 8484 counts acceptance from here).</summary>
    public DateTime? ClaimedAt { get; init; }

    /// <summary>How it ended (an outcome code), once resolved.</summary>
    public string? Outcome { get; init; }

    /// <summary>When the engine saw the condition end, and why (the alarm may stay open for an operator to close).</summary>
    public DateTime? ClearedAt { get; init; }

    public string? ClearReason { get; init; }

    /// <summary>When supervisors were called because nobody claimed it.</summary>
    public DateTime? EscalatedAt { get; init; }

    /// <summary>The alarm as a role that may not see where the victim is gets it: her fix taken out of the evidence.</summary>
    public AlarmView For(bool seesVictimLocation) =>
        seesVictimLocation || Evidence?.Victim is null ? this : this with { Evidence = Evidence with { Victim = null } };

    public static AlarmView From(Alarm alarm, string fileNumber, Guid jurisdictionId)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        var info = AlarmTypeInfo.For(alarm.Type);
        return new AlarmView(
            alarm.Id, alarm.CaseId, fileNumber, jurisdictionId, info.Code, (int)alarm.Priority, info.Sound.ToString().ToLowerInvariant(),
            alarm.State, alarm.RaisedAt, alarm.LastTriggeredAt, alarm.TriggerCount, alarm.Explanation,
            AlarmEvidenceJson.Deserialize(alarm.Evidence), alarm.ClaimedBy, alarm.AcknowledgedBy, alarm.AcknowledgedAt, alarm.ResolvedBy)
        {
            ClaimedAt = alarm.ClaimedAt,
            Outcome = alarm.Outcome is { } outcome ? AlarmOutcomeCodes.Code(outcome) : null,
            ClearedAt = alarm.ClearedAt,
            ClearReason = alarm.ClearReason,
            EscalatedAt = alarm.EscalatedAt,
        };
    }
}
