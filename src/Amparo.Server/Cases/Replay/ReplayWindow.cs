namespace Amparo.Server.Cases.Replay;

/// <summary>The stretch of time a replay covers: by default the last day; around an alarm, the half hour either side.</summary>
public readonly record struct ReplayWindow(DateTime From, DateTime To)
{
    public static readonly TimeSpan Longest = TimeSpan.FromDays(7);

    public static readonly TimeSpan AroundAlarm = TimeSpan.FromMinutes(30);

    public TimeSpan Length => To - From;

    public static ReplayWindow LastHours(DateTime now, int hours) => new(now.AddHours(-hours), now);

    public static ReplayWindow Around(DateTime at, DateTime now) =>
        new(at - AroundAlarm, at + AroundAlarm < now ? at + AroundAlarm : now);

    /// <summary>Why the window cannot be replayed, or null.</summary>
    public string? Problem() =>
        From >= To ? "'from' must be before 'to'."
        : Length > Longest ? $"A replay covers at most {Longest.TotalDays:0} days."
        : null;
}
