namespace Amparo.Server.Statistics;

/// <summary>A periodic report as listed: its jurisdiction, period, language (es or en) and when it was made.</summary>
public sealed record PeriodicReportView(Guid Id, string Jurisdiction, string Period, string Language, DateTime From, DateTime To, DateTime GeneratedAt, string Sha256);
