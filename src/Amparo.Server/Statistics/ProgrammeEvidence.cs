using System.Globalization;
using Amparo.Domain.Integrity;
using Amparo.Domain.Statistics;

namespace Amparo.Server.Statistics;

/// <summary>
/// The facts a periodic report's figures were computed from, one hash per section (cases, devices, alarms, panics,
/// citizens' alerts and reports, registrations), each over its facts in a fixed order, so a later check names the
/// section whose sources changed since (an alarm resolved after the report was made changes its section too).
/// </summary>
internal static class ProgrammeEvidence
{
    public static IReadOnlyList<EvidenceItem> Of(ProgrammeFacts facts, Guid jurisdictionId, string period)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var key = string.Create(CultureInfo.InvariantCulture, $"{jurisdictionId:D}/{period}");
        return
        [
            Section("cases", key, facts.Cases.Select(c => new CanonicalRecord("case")
                .Add("createdAt", c.CreatedAt).Add("activatedAt", c.ActivatedAt).Add("closedAt", c.ClosedAt).Add("closure", c.Closure))),
            Section("assignments", key, facts.Assignments.Select(a => new CanonicalRecord("assignment")
                .Add("device", a.DeviceId).Add("assignedAt", a.AssignedAt).Add("removedAt", a.RemovedAt).Add("model", a.Model))),
            Section("alarms", key, facts.Alarms.Select(a => new CanonicalRecord("alarm")
                .Add("type", a.Type).Add("raisedAt", a.RaisedAt).Add("claimedAt", a.ClaimedAt).Add("acknowledgedAt", a.AcknowledgedAt)
                .Add("resolvedAt", a.ResolvedAt).Add("outcome", a.Outcome).Add("claimedBy", a.ClaimedBy).Add("resolvedBy", a.ResolvedBy)
                .Add("model", a.DeviceModel))),
            Section("panics", key, facts.AppPanics.Select(p => new CanonicalRecord("panic").Add("at", p))),
            Section("citizen-alerts", key, facts.CitizenAlerts.Select(a => new CanonicalRecord("citizen-alert")
                .Add("kind", a.Kind).Add("raisedAt", a.RaisedAt).Add("claimedAt", a.ClaimedAt).Add("resolvedAt", a.ResolvedAt))),
            Section("citizen-reports", key, facts.CitizenReports.Select(r => new CanonicalRecord("citizen-report")
                .Add("category", r.Category).Add("queue", r.Queue).Add("filedAt", r.FiledAt).Add("status", r.Status).Add("endedAt", r.EndedAt))),
            Section("registrations", key, facts.Registrations.Select(r => new CanonicalRecord("registration").Add("kind", r.Kind).Add("at", r.At))),
        ];
    }

    private static EvidenceItem Section(string kind, string key, IEnumerable<CanonicalRecord> records) =>
        new(kind, key, Hashes.Sha256(string.Concat(records.Select(r => r.Text).Order(StringComparer.Ordinal))));
}
