namespace Amparo.Data.Alarms;

public enum AlarmActionKind
{
    Claimed,
    Acknowledged,
    Resolved,
    Note,

    /// <summary>The engine saw the condition end (aggressor out of the zone, signal back).</summary>
    Cleared,

    /// <summary>Nobody claimed the alarm in time: supervisors were called.</summary>
    Escalated,
}
