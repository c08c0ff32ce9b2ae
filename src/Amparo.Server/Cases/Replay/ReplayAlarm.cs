namespace Amparo.Server.Cases.Replay;

/// <summary>An alarm on the replay's timeline, where it was raised.</summary>
public sealed record ReplayAlarm(Guid Id, DateTime At, string Type, int Priority, string State);
