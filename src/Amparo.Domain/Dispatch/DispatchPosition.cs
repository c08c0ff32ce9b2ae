using Amparo.Domain.Alarms;
using Amparo.Domain.People;

namespace Amparo.Domain.Dispatch;

/// <summary>Where the police are sent: one party's fix from the alarm's evidence, and whose it is.</summary>
public sealed record DispatchPosition(FixEvidence Fix, PartyRole Party)
{
    /// <summary>
    /// The victim's fix for a panic button (she pressed it where she is), the aggressor's for everything else (where
    /// he breached); the other party's when that one is missing; null when the evidence has no fix at all.
    /// </summary>
    public static DispatchPosition? Choose(AlarmType type, AlarmEvidence? evidence)
    {
        if (evidence is null)
        {
            return null;
        }

        var victim = evidence.Victim is { } v ? new DispatchPosition(v, PartyRole.Victim) : null;
        var aggressor = evidence.Aggressor is { } a ? new DispatchPosition(a, PartyRole.Aggressor) : null;
        return type == AlarmType.Panic ? victim ?? aggressor : aggressor ?? victim;
    }
}
