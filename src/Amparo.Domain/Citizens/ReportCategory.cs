namespace Amparo.Domain.Citizens;

/// <summary>One entry of the app's report catalogue: its queue and the municipal area that answers it.</summary>
public sealed record ReportCategory(string Code, ReportQueue Queue, string Es, string En, string AreaCode);
