namespace Amparo.Domain.Citizens;

/// <summary>Which status a report may move to: forward only; a closed report (resolved, rejected) stays closed.</summary>
public static class ReportTransitions
{
    public static bool IsClosed(ReportStatus status) => status is ReportStatus.Resolved or ReportStatus.Rejected;

    public static bool Allowed(ReportStatus from, ReportStatus to) => (from, to) switch
    {
        _ when IsClosed(from) => false,
        (_, ReportStatus.Received) => false,
        (ReportStatus.Received, ReportStatus.InProgress) => false,
        _ => from != to,
    };
}
