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
    public static AlarmView From(Alarm alarm, string fileNumber, Guid jurisdictionId)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        var info = AlarmTypeInfo.For(alarm.Type);
        return new AlarmView(
            alarm.Id, alarm.CaseId, fileNumber, jurisdictionId, info.Code, (int)alarm.Priority, info.Sound.ToString().ToLowerInvariant(),
            alarm.State, alarm.RaisedAt, alarm.LastTriggeredAt, alarm.TriggerCount, alarm.Explanation,
            AlarmEvidenceJson.Deserialize(alarm.Evidence), alarm.ClaimedBy, alarm.AcknowledgedBy, alarm.AcknowledgedAt, alarm.ResolvedBy);
    }
}
