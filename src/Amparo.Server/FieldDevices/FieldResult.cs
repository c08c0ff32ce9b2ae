namespace Amparo.Server.FieldDevices;

/// <summary>How a stock or field-act command ended: its value, or the Spanish reasons it was refused.</summary>
public sealed record FieldResult<T>(FieldOutcome Outcome, T? Value, IReadOnlyList<string> Problems);

public static class FieldResult
{
    public static FieldResult<T> Ok<T>(T value) => new(FieldOutcome.Done, value, []);

    public static FieldResult<T> Created<T>(T value) => new(FieldOutcome.Created, value, []);

    public static FieldResult<T> Refused<T>(FieldOutcome outcome, params string[] problems) => new(outcome, default, problems);

    public static FieldResult<T> Invalid<T>(IReadOnlyList<string> problems) => new(FieldOutcome.Invalid, default, problems);
}
