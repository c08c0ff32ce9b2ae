using Amparo.Domain.Supervision;

namespace Amparo.Domain.Statistics;

/// <summary>The programme's figures for a period: what institutions publish each month, quarter and year.</summary>
public sealed record ProgrammeReport(
    DateTime From,
    DateTime To,
    CaseFigures Cases,
    DeviceFigures Devices,
    CentreReport Alarms,
    IReadOnlyDictionary<string, int> AlarmsByOutcome,
    PanicFigures Panic,
    IReadOnlyList<ReportCategoryFigures> CitizenReports,
    IReadOnlyDictionary<string, int> Registrations);

/// <summary>Cases in monitoring at the period's end, registered, activated and closed in it (by why).</summary>
public sealed record CaseFigures(int ActiveAtEnd, int Registered, int Activated, int Closed, IReadOnlyDictionary<string, int> ClosedBy);

/// <summary>Devices on cases at the period's end, installed and removed in it, and in use by model.</summary>
public sealed record DeviceFigures(int InUseAtEnd, int Installed, int Removed, IReadOnlyDictionary<string, int> InUseByModel);

/// <summary>Panic: the victims' (alarms of type panic, those pressed in her app), and the citizens' alerts by kind with their mean time to be claimed.</summary>
public sealed record PanicFigures(int PanicAlarms, int FromApp, IReadOnlyDictionary<string, int> CitizenAlerts, TimeSpan? CitizenAlertToClaim);

/// <summary>A report category in the period: filed, resolved, rejected, and the mean time from filed to resolved.</summary>
public sealed record ReportCategoryFigures(string Category, string Queue, int Filed, int Resolved, int Rejected, TimeSpan? MeanToResolve);
