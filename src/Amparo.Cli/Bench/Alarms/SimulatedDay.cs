namespace Amparo.Cli.Bench.Alarms;

/// <summary>One device-day: the fixes sent and the true breaches they should reveal.</summary>
public sealed record SimulatedDay(DayKind Kind, IReadOnlyList<SimulatedFix> Fixes, IReadOnlyList<BreachEpisode> Episodes);
