namespace Amparo.Server.Intake;

/// <summary>What an intake command did: done with its value, or refused with the reasons in the user's words.</summary>
public sealed record IntakeResult<T>(IntakeOutcome Outcome, T? Value, IReadOnlyList<string> Problems);

public static class IntakeResult
{
    public static IntakeResult<T> Ok<T>(T value) => new(IntakeOutcome.Done, value, []);

    public static IntakeResult<T> Refused<T>(IntakeOutcome outcome, params string[] problems) => new(outcome, default, problems);
}
