namespace Amparo.Server.App;

/// <summary>What became of an alert: new (201), a retry of one already received (200), or refused (its status and a Spanish problem).</summary>
public sealed record AppAlertOutcome(int Status, AppAlertView? Alert = null, string? Problem = null);
