namespace Amparo.Domain.Citizens;

/// <summary>A citizen report's follow-up, as the citizen sees it change.</summary>
public enum ReportStatus
{
    Received,
    Routed,
    InProgress,
    Resolved,
    Rejected,
}
