namespace Amparo.Cli.Bench.Engine;

/// <param name="Cases">Monitored cases, each with an aggressor's and a victim's GT06 tracker.</param>
/// <param name="Seconds">Length of the measured window.</param>
/// <param name="Breaches">Cases whose aggressor enters the home zone once during the window (at most one per case).</param>
/// <param name="Rate">Positions per second offered by all trackers together; 0 sends each next fix as soon as the last is acknowledged.</param>
public sealed record EngineBenchOptions(int Cases, int Seconds, int Breaches, int Rate);
