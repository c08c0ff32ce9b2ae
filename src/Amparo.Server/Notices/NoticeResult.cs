namespace Amparo.Server.Notices;

/// <summary>What a notice or report command did: done with its value, or refused with the reasons in Spanish.</summary>
public sealed record NoticeResult<T>(NoticeOutcome Outcome, T? Value, IReadOnlyList<string> Problems);

public static class NoticeResult
{
    public static NoticeResult<T> Ok<T>(T value) => new(NoticeOutcome.Done, value, []);

    public static NoticeResult<T> Refused<T>(NoticeOutcome outcome, params string[] problems) => new(outcome, default, problems);

    public static NoticeResult<T> CaseNotFound<T>() =>
        Refused<T>(NoticeOutcome.NotFound, "Caso no encontrado o fuera de su jurisdicción.");

    public static NoticeResult<T> NoticeNotFound<T>() =>
        Refused<T>(NoticeOutcome.NotFound, "Oficio no encontrado o fuera de su jurisdicción.");
}
