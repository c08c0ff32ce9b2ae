using Amparo.Data.Citizens;
using Amparo.Domain.Citizens;

namespace Amparo.Server.Citizens;

/// <summary>A report as the centre works it, with its whole follow-up (oldest first).</summary>
public sealed record CitizenReportView(
    Guid Id, string Category, ReportQueue Queue, ReportStatus Status, string Description, double Latitude, double Longitude,
    bool HasPhoto, string? Area, Guid JurisdictionId, DateTime FiledAt, string? CitizenName, string? CitizenPhone,
    string? RegisteredBy, IReadOnlyList<ReportChangeView> History)
{
    public static CitizenReportView From(CitizenReport report, CitizenAccount? citizen, IEnumerable<CitizenReportChange> history)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Id, report.Category, report.Queue, report.Status, report.Description, report.Latitude, report.Longitude,
            report.PhotoId is not null, report.Area, report.JurisdictionId, report.FiledAt,
            citizen?.FullName ?? report.CallerName, citizen?.Phone ?? report.CallerPhone, report.RegisteredBy,
            history.OrderBy(c => c.At).Select(ReportChangeView.From).ToList());
    }
}
