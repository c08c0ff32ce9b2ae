namespace Amparo.Server.Notices;

public enum NoticeOutcome
{
    Done,
    NotFound,
    Forbidden,
    Invalid,

    /// <summary>The case or the notice is not in a state that allows it (no order, already delivered…).</summary>
    Conflict,
}
