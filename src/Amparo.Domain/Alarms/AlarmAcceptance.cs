namespace Amparo.Domain.Alarms;

/// <summary>Measures an alarm's wait for an operator: from raised to claimed, or to now while nobody has it.</summary>
public static class AlarmAcceptance
{
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(40);

    public static TimeSpan Waited(DateTime raisedAt, DateTime? claimedAt, DateTime now)
    {
        var waited = (claimedAt ?? now) - raisedAt;
        return waited < TimeSpan.Zero ? TimeSpan.Zero : waited;
    }

    public static AcceptanceBand Band(TimeSpan waited) =>
        waited <= Target ? AcceptanceBand.WithinTenSeconds
        : waited <= Limit ? AcceptanceBand.WithinFortySeconds
        : AcceptanceBand.Late;
}
