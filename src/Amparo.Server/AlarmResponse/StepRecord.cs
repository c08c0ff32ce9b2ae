using Amparo.Domain.Protocols;

namespace Amparo.Server.AlarmResponse;

/// <summary>An operator's record of one protocol step: its code, how it ended and what she noted.</summary>
public sealed record StepRecord(string Step, StepResult Result, string? Note);
