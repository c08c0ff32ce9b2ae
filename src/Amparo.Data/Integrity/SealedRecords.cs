using System.Globalization;
using Amparo.Data.Alarms;
using Amparo.Data.Audit;
using Amparo.Domain.Integrity;

namespace Amparo.Data.Integrity;

/// <summary>The canonical text of each kind of sealed record: every stored field that says what happened, in a fixed order.</summary>
public static class SealedRecords
{
    public static string KeyOf(AuditEvent audit) => (audit ?? throw new ArgumentNullException(nameof(audit))).Id.ToString(CultureInfo.InvariantCulture);

    public static string KeyOf(Alarm alarm) => (alarm ?? throw new ArgumentNullException(nameof(alarm))).Id.ToString("D", CultureInfo.InvariantCulture);

    public static string Hash(AuditEvent audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return new CanonicalRecord(LedgerKinds.Audit)
            .Add("id", audit.Id).Add("at", audit.At).Add("user", audit.UserName).Add("action", audit.Action)
            .Add("subject.type", audit.SubjectType).Add("subject.id", audit.SubjectId).Add("case", audit.CaseId)
            .Add("remote", audit.RemoteAddress).Add("details", audit.Details)
            .Sha256();
    }

    /// <summary>
    /// A resolved alarm as the centre closed it, with every action taken on it up to its resolution, in order. The
    /// police's later news of a request (an arrival reported after the alarm was closed) adds actions after it, which
    /// do not change what was sealed; moving a sealed action's time past the resolution does.
    /// </summary>
    public static string Hash(Alarm alarm, IEnumerable<AlarmAction> actions)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        ArgumentNullException.ThrowIfNull(actions);
        var record = new CanonicalRecord(LedgerKinds.Alarm)
            .Add("id", alarm.Id).Add("case", alarm.CaseId).Add("type", alarm.Type.ToString()).Add("subject", alarm.Subject)
            .Add("priority", alarm.Priority.ToString()).Add("state", alarm.State.ToString())
            .Add("raisedAt", alarm.RaisedAt).Add("lastTriggeredAt", alarm.LastTriggeredAt).Add("triggers", alarm.TriggerCount)
            .Add("evidence", alarm.Evidence).Add("firstEvidence", alarm.FirstEvidence).Add("explanation", alarm.Explanation)
            .Add("claimedBy", alarm.ClaimedBy).Add("claimedAt", alarm.ClaimedAt)
            .Add("acknowledgedBy", alarm.AcknowledgedBy).Add("acknowledgedAt", alarm.AcknowledgedAt)
            .Add("resolvedBy", alarm.ResolvedBy).Add("resolvedAt", alarm.ResolvedAt).Add("outcome", alarm.Outcome?.ToString())
            .Add("clearedAt", alarm.ClearedAt).Add("clearReason", alarm.ClearReason).Add("escalatedAt", alarm.EscalatedAt);
        foreach (var action in actions.Where(a => alarm.ResolvedAt is not { } resolved || a.At <= resolved).OrderBy(a => a.Id))
        {
            record.Add("action.id", action.Id).Add("action.kind", action.Kind.ToString()).Add("action.at", action.At)
                .Add("action.user", action.UserName).Add("action.note", action.Note).Add("action.step", action.Step)
                .Add("action.result", action.Result).Add("action.target", action.Target);
        }

        return record.Sha256();
    }
}
