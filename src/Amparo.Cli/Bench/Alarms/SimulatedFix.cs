namespace Amparo.Cli.Bench.Alarms;

/// <summary>One fix the tracker sent: where it said the aggressor was, and where he truly was.</summary>
public sealed record SimulatedFix(DateTime At, PlanePoint Truth, PlanePoint Reported, double AccuracyMetres, bool Moving, bool Outlier);
