namespace Amparo.Cli.Bench.Engine;

/// <summary>What one simulated case did in the measured window.</summary>
/// <param name="FileNumber">The case.</param>
/// <param name="Positions">Fixes acknowledged, each after its case's grain evaluated it.</param>
/// <param name="AckMilliseconds">Write-to-acknowledgement time of each of them.</param>
/// <param name="BreachWrittenAt">Stopwatch timestamp just before the breaching fix was written, if the case breached.</param>
public sealed record CaseRunResult(string FileNumber, int Positions, List<double> AckMilliseconds, long? BreachWrittenAt);
