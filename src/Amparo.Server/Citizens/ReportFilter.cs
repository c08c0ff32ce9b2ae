using Amparo.Domain.Citizens;

namespace Amparo.Server.Citizens;

/// <summary>Which reports a queue shows: its queue, then optionally a status (or only open ones), a category, an area.</summary>
public sealed record ReportFilter(ReportQueue Queue, ReportStatus? Status = null, string? Category = null, string? Area = null, bool OpenOnly = false);
