namespace Amparo.Server.AlarmResponse;

public enum AlarmResponseResult
{
    Done,
    NotFound,

    /// <summary>Nobody took the alarm yet, or it is closed: claim it first.</summary>
    NotBeingWorked,
    UnknownStep,

    /// <summary>No such party or contact on the case (or one the user may not see).</summary>
    UnknownParty,

    /// <summary>The number is not one of that party's or that contact's.</summary>
    UnknownPhone,

    /// <summary>Another operator holds the alarm.</summary>
    HeldByAnother,
}
