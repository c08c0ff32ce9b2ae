using Amparo.Domain.Monitoring;

namespace Amparo.Domain.Engine;

/// <summary>What one input or one tick of the clock produced, and when the engine next needs the clock.</summary>
public sealed record EngineResult(IReadOnlyList<AlarmTrigger> Raised, IReadOnlyList<AlarmClearance> Cleared, DateTime? NextDueAt)
{
    public bool IsEmpty => Raised.Count == 0 && Cleared.Count == 0;
}
