namespace Amparo.Server.Alarms;

/// <summary>How the operator closes an alarm: its outcome code and what she did.</summary>
public sealed record AlarmResolveRequest(string? Outcome, string? Note);
