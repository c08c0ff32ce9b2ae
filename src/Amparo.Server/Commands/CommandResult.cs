namespace Amparo.Server.Commands;

/// <summary>What a command did: done with its value, or refused with the reasons in the user's words.</summary>
public sealed record CommandResult<T>(CommandOutcome Outcome, T? Value, IReadOnlyList<string> Problems);

public static class CommandResult
{
    public static CommandResult<T> Ok<T>(T value) => new(CommandOutcome.Done, value, []);

    public static CommandResult<T> Created<T>(T value) => new(CommandOutcome.Created, value, []);

    public static CommandResult<T> Refused<T>(CommandOutcome outcome, params string[] problems) => new(outcome, default, problems);

    public static CommandResult<T> Invalid<T>(IReadOnlyList<string> problems) => new(CommandOutcome.Invalid, default, problems);
}
