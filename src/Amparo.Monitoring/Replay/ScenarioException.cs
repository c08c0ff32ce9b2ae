namespace Amparo.Monitoring.Replay;

/// <summary>A scenario that cannot be run, with a message that says where and why.</summary>
public sealed class ScenarioException(string message) : Exception(message);
