namespace Amparo.Domain.Monitoring;

/// <summary>
/// The result of one position: whether it moved the live state forward (a late fix does not)
/// and the rules that fired.
/// </summary>
public sealed record WatchOutcome(bool Advanced, IReadOnlyList<AlarmTrigger> Triggers)
{
    public static WatchOutcome Late { get; } = new(false, []);
}
