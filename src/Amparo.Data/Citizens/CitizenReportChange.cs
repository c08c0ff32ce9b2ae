using Amparo.Domain.Citizens;

namespace Amparo.Data.Citizens;

/// <summary>One step of a report's follow-up (filed, routed, in progress, resolved…): who, when, why; the citizen sees it.</summary>
public sealed class CitizenReportChange
{
    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    public ReportStatus Status { get; set; }

    public string? Area { get; set; }

    public required string By { get; set; }

    public DateTime At { get; set; }

    public string? Note { get; set; }
}
