namespace Amparo.Server.Statistics;

/// <summary>A periodic report as listed: its jurisdiction, period and when it was made.</summary>
public sealed record PeriodicReportView(Guid Id, string Jurisdiction, string Period, DateTime From, DateTime To, DateTime GeneratedAt, string Sha256);
