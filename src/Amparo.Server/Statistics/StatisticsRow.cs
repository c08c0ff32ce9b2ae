namespace Amparo.Server.Statistics;

/// <summary>One line of the report as a table (CSV, XLSX): its section, what it measures and the figure.</summary>
public sealed record StatisticsRow(string Section, string Indicator, string Value);
