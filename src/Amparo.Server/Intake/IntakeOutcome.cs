namespace Amparo.Server.Intake;

public enum IntakeOutcome
{
    Done,
    NotFound,
    Forbidden,
    Invalid,

    /// <summary>The case is not in a state that allows it (activation blocked, already active…).</summary>
    Conflict,
}
