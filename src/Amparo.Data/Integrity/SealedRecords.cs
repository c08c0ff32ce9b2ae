using System.Globalization;
using Amparo.Data.Alarms;
using Amparo.Data.Audit;
using Amparo.Data.Cases;
using Amparo.Data.Dispatch;
using Amparo.Data.Notices;
using Amparo.Data.Reports;
using Amparo.Data.Statistics;
using Amparo.Domain.Integrity;

namespace Amparo.Data.Integrity;

/// <summary>The canonical text of each kind of sealed record: every stored field that says what happened, in a fixed order.</summary>
public static class SealedRecords
{
    public static string KeyOf(AuditEvent audit) => (audit ?? throw new ArgumentNullException(nameof(audit))).Id.ToString(CultureInfo.InvariantCulture);

    public static string KeyOf(Alarm alarm) => (alarm ?? throw new ArgumentNullException(nameof(alarm))).Id.ToString("D", CultureInfo.InvariantCulture);

    public static string KeyOf(OccurrenceReport report) => (report ?? throw new ArgumentNullException(nameof(report))).Id.ToString("D", CultureInfo.InvariantCulture);

    public static string KeyOf(PeriodicReport report) => (report ?? throw new ArgumentNullException(nameof(report))).Id.ToString("D", CultureInfo.InvariantCulture);

    public static string KeyOf(Notice notice) => (notice ?? throw new ArgumentNullException(nameof(notice))).Id.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>
    /// A periodic report: its jurisdiction and period, when it was made, and its file's SHA-256; since its stamp was
    /// kept, its language, the hash of its facts and the ledger's head it names (a report sealed before reads as then).
    /// </summary>
    public static string Hash(PeriodicReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var record = new CanonicalRecord(LedgerKinds.PeriodicReport)
            .Add("id", report.Id).Add("jurisdiction", report.JurisdictionId).Add("period", report.Period).Add("from", report.From).Add("to", report.To)
            .Add("generatedAt", report.GeneratedAt).Add("file", report.FileId).Add("sha256", report.Sha256);
        if (report.RecordsHash is not null)
        {
            record.Add("language", report.Language).Add("records", report.RecordsHash).Add("anchor.index", report.AnchorIndex).Add("anchor.hash", report.AnchorHash);
        }

        return record.Sha256();
    }

    /// <summary>A notice as issued; its delivery and acknowledgement come later and are audited on their own.</summary>
    public static string Hash(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new CanonicalRecord(LedgerKinds.Notice)
            .Add("id", notice.Id).Add("case", notice.CaseId).Add("order", notice.OrderId).Add("recipient", notice.Recipient.ToString())
            .Add("institution", notice.RecipientInstitutionId).Add("court", notice.Court).Add("number", notice.Number)
            .Add("issuedAt", notice.IssuedAt).Add("issuedBy", notice.IssuedBy).Add("file", notice.FileId).Add("sha256", notice.Sha256)
            .Add("records", notice.RecordsHash).Add("anchor.index", notice.AnchorIndex).Add("anchor.hash", notice.AnchorHash)
            .Sha256();
    }

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
        return HashAsIs(alarm, actions.Where(a => alarm.ResolvedAt is not { } resolved || a.At <= resolved));
    }

    /// <summary>An alarm as it stands, with all the actions given: what a document issued now shows of it.</summary>
    public static string HashAsIs(Alarm alarm, IEnumerable<AlarmAction> actions)
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
        foreach (var action in actions.OrderBy(a => a.Id))
        {
            record.Add("action.id", action.Id).Add("action.kind", action.Kind.ToString()).Add("action.at", action.At)
                .Add("action.user", action.UserName).Add("action.note", action.Note).Add("action.step", action.Step)
                .Add("action.result", action.Result).Add("action.target", action.Target);
        }

        return record.Sha256();
    }

    /// <summary>A police request with every change of its status, in order.</summary>
    public static string Hash(DispatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var record = new CanonicalRecord("police-request")
            .Add("id", request.Id).Add("alarm", request.AlarmId).Add("case", request.CaseId).Add("identifier", request.Identifier)
            .Add("status", request.Status.ToString()).Add("exercise", request.Exercise)
            .Add("latitude", request.Latitude).Add("longitude", request.Longitude).Add("radius", request.RadiusMetres).Add("positionAt", request.PositionAt)
            .Add("urgency", request.Urgency).Add("severity", request.Severity).Add("certainty", request.Certainty)
            .Add("headline", request.Headline).Add("description", request.Description)
            .Add("createdAt", request.CreatedAt).Add("createdBy", request.CreatedBy).Add("sentAt", request.SentAt).Add("sentTo", request.SentTo)
            .Add("externalReference", request.ExternalReference);
        foreach (var change in request.Changes.OrderBy(c => c.Id))
        {
            record.Add("change.id", change.Id).Add("change.status", change.Status.ToString()).Add("change.at", change.At)
                .Add("change.source", change.Source).Add("change.by", change.By).Add("change.note", change.Note);
        }

        return record.Sha256();
    }

    /// <summary>An entry of a case's timeline.</summary>
    public static string Hash(CaseEvent entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new CanonicalRecord("case-event")
            .Add("id", entry.Id).Add("case", entry.CaseId).Add("at", entry.At).Add("kind", entry.Kind).Add("actor", entry.Actor)
            .Add("note", entry.Note).Add("data", entry.DataJson)
            .Sha256();
    }

    /// <summary>An issued occurrences report: the file's SHA-256, the hash of the records it was made from, and the ledger's head it names.</summary>
    public static string Hash(OccurrenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new CanonicalRecord(LedgerKinds.Document)
            .Add("id", report.Id).Add("case", report.CaseId).Add("from", report.From).Add("to", report.To)
            .Add("issuedAt", report.IssuedAt).Add("issuedBy", report.IssuedBy).Add("file", report.FileId).Add("sha256", report.Sha256)
            .Add("records", report.RecordsHash).Add("anchor.index", report.AnchorIndex).Add("anchor.hash", report.AnchorHash)
            .Sha256();
    }
}
