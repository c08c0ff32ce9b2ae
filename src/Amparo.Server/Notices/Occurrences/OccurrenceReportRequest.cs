namespace Amparo.Server.Notices.Occurrences;

/// <summary>The period of an occurrences report: from (included) to (excluded), as instants ("Z" or an offset; UTC without one).</summary>
public sealed record OccurrenceReportRequest(DateTime? From, DateTime? To);
