namespace Amparo.Cli.Bench.Engine;

/// <summary>When a simulated case sends: its measured window and, if paced, its rounds; when (if ever) it breaches.</summary>
/// <param name="Start">Stopwatch timestamp the window opens.</param>
/// <param name="Deadline">Stopwatch timestamp after which no round starts.</param>
/// <param name="RoundTicks">Stopwatch ticks between the starts of two rounds; 0 sends the next round as soon as the last is acknowledged.</param>
/// <param name="OffsetTicks">This case's first round, after <paramref name="Start"/> (paced cases are spread over one period).</param>
/// <param name="BreachAt">Stopwatch timestamp from which the case's next round is a breach.</param>
public sealed record CasePace(long Start, long Deadline, long RoundTicks, long OffsetTicks, long? BreachAt);
