using Amparo.Domain.Citizens;

namespace Amparo.Server.Citizens;

/// <summary>
/// What the app shows the citizen about her report: its status and every change with when and why; not which
/// operator made it.
/// </summary>
public sealed record CitizenReportStatusView(
    Guid Id, string Category, ReportStatus Status, string? Area, DateTime FiledAt, bool HasPhoto, IReadOnlyList<CitizenReportStep> History)
{
    public static CitizenReportStatusView From(CitizenReportView report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Id, report.Category, report.Status, report.Area, report.FiledAt, report.HasPhoto,
            report.History.Select(h => new CitizenReportStep(h.Status, h.Area, h.At, h.Note)).ToList());
    }
}
