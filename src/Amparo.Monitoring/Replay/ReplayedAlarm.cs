namespace Amparo.Monitoring.Replay;

/// <summary>One alarm a replay raised, as <c>amparo replay</c> prints it.</summary>
public sealed record ReplayedAlarm(DateTime Time, string Type, string Priority, string Case, string Explanation);
