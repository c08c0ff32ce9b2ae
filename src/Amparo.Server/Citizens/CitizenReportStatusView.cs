using Amparo.Domain.Citizens;

namespace Amparo.Server.Citizens;

/// <summary>What the app shows the citizen about her report: its status and every change with who, when and why.</summary>
public sealed record CitizenReportStatusView(Guid Id, string Category, ReportStatus Status, string? Area, DateTime FiledAt, IReadOnlyList<ReportChangeView> History)
{
    public static CitizenReportStatusView From(CitizenReportView report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Id, report.Category, report.Status, report.Area, report.FiledAt, report.History);
    }
}
