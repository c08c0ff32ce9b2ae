using Amparo.Domain.Alarms;

namespace Amparo.Domain.Monitoring;

/// <summary>
/// A rule that fired: the engine opens an alarm of this type or updates the open one. <see cref="Repeat"/> marks a
/// fix that confirms a condition already raised (it refreshes the evidence; it is not a new alarm).
/// </summary>
public sealed record AlarmTrigger(AlarmType Type, AlarmEvidence Evidence)
{
    /// <summary>When the condition was proven (a fix's time, or the moment a timer ran out), not when it was processed.</summary>
    public DateTime At { get; init; }

    public bool Repeat { get; init; }

    public string Explanation => AlarmExplanation.Spanish(Type, Evidence);
}
