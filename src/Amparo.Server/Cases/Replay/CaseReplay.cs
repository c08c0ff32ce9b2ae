using Amparo.Domain.Separation;

namespace Amparo.Server.Cases.Replay;

/// <summary>
/// What happened in a case over a time window: both tracks (the victim's only for those who may see where she is),
/// the alarms raised, and the distance between the two parties over time with the distance the order keeps.
/// </summary>
public sealed record CaseReplay(
    Guid CaseId,
    DateTime From,
    DateTime To,
    IReadOnlyList<ReplayPoint> Aggressor,
    IReadOnlyList<ReplayPoint>? Victim,
    IReadOnlyList<ReplayAlarm> Alarms,
    IReadOnlyList<SeparationSample>? Separation,
    double? ExclusionMetres,
    bool Truncated)
{
    /// <summary>How far into the replay <paramref name="at"/> falls, from 0 at its start to 1 at its end.</summary>
    public double Fraction(DateTime at) => (at - From).Ticks / (double)Math.Max(1, (To - From).Ticks);
}
