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

    /// <summary>A step of the alarm type's protocol, with its result.</summary>
    StepRecorded,

    /// <summary>One call attempt to a party or a trusted contact, with its outcome.</summary>
    CallAttempt,

    /// <summary>A police request was created from the alarm, or its status changed.</summary>
    Police,
}
