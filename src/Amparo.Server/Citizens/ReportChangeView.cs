using Amparo.Data.Citizens;
using Amparo.Domain.Citizens;

namespace Amparo.Server.Citizens;

/// <summary>One step of a report's follow-up.</summary>
public sealed record ReportChangeView(ReportStatus Status, string? Area, string By, DateTime At, string? Note)
{
    public static ReportChangeView From(CitizenReportChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(change.Status, change.Area, change.By, change.At, change.Note);
    }
}
