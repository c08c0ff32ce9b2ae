namespace Amparo.Server.Statistics;

/// <summary>
/// One line of the report as a table (CSV, XLSX): its section, what it measures and the figure. The PDF groups lines
/// by <see cref="SectionKey"/> and leaves out those its charts show (<see cref="Charted"/>).
/// </summary>
public sealed record StatisticsRow(string Section, string Indicator, string Value, string SectionKey = "", bool Charted = false);
