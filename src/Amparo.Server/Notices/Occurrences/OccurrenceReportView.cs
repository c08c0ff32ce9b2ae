using Amparo.Data.Reports;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>An issued occurrences report: its period, who issued it, its PDF (id and SHA-256) and its totals.</summary>
public sealed record OccurrenceReportView(
    Guid Id,
    Guid CaseId,
    DateTime From,
    DateTime To,
    DateTime IssuedAt,
    string IssuedBy,
    Guid FileId,
    string Sha256,
    int Alarms,
    int Actions,
    int PoliceRequests,
    int TimelineEntries)
{
    public static OccurrenceReportView Of(OccurrenceReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.CaseId, r.From, r.To, r.IssuedAt, r.IssuedBy, r.FileId, r.Sha256, r.AlarmCount, r.ActionCount, r.PoliceRequestCount, r.TimelineCount);
    }
}
