namespace Amparo.Server.AlarmResponse;

/// <summary>POST /api/alarms/{id}/steps: a step code of the alarm's protocol, Done|NotPossible|NotApplicable, a note.</summary>
public sealed record StepRequest(string? Step, string? Result, string? Note);
