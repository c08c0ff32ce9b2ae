namespace Amparo.Cli.Bench.Panic;

/// <summary>
/// Figures of one panic run, in milliseconds: <c>Http</c> from the phone's request to the server's answer (the alert
/// stored and the case's panic alarm made), <c>Console</c> from the request to the alarm reaching the operator's hub.
/// </summary>
public sealed record PanicBenchResult(int Alerts, int Missed, double? HttpP50, double? HttpP95, double? HttpMax, double? ConsoleP50, double? ConsoleP95, double? ConsoleMax);

/// <summary>One at a time (a quiet night), then all at once (a burst), on different cases.</summary>
public sealed record PanicBenchReport(int Cases, PanicBenchResult OneAtATime, PanicBenchResult Burst);
