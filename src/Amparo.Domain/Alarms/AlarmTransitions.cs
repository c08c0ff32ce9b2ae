namespace Amparo.Domain.Alarms;

/// <summary>Which operator actions an alarm in a given state allows.</summary>
public static class AlarmTransitions
{
    public static bool CanClaim(AlarmState state) => state == AlarmState.New;

    /// <summary>Acknowledging an unclaimed alarm claims it on the way.</summary>
    public static bool CanAcknowledge(AlarmState state) => state is AlarmState.New or AlarmState.Claimed;

    public static bool CanResolve(AlarmState state) => state != AlarmState.Resolved;

    public static bool IsOpen(AlarmState state) => state != AlarmState.Resolved;
}
