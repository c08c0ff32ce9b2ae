namespace Amparo.Server.Alarms;

/// <summary>What the operator wrote when acting on an alarm.</summary>
public sealed record AlarmNoteRequest(string? Note);
