namespace Amparo.Server.AlarmResponse;

/// <summary>The protocol in force for an alarm's type, each step with how it was last recorded on this alarm.</summary>
public sealed record AlarmProtocolView(string Type, bool Custom, IReadOnlyList<ProtocolStepStatus> Steps);
