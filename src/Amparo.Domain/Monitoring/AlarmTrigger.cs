using Amparo.Domain.Alarms;

namespace Amparo.Domain.Monitoring;

/// <summary>A rule that fired on a position: the engine opens an alarm of this type or updates the open one.</summary>
public sealed record AlarmTrigger(AlarmType Type, AlarmEvidence Evidence)
{
    public string Explanation => AlarmExplanation.Spanish(Type, Evidence);
}
