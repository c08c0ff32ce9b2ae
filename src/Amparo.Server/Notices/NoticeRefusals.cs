namespace Amparo.Server.Notices;

/// <summary>The refusals notice and report commands share.</summary>
public static class NoticeRefusals
{
    public static CommandResult<T> CaseNotFound<T>() =>
        CommandResult.Refused<T>(CommandOutcome.NotFound, "Caso no encontrado o fuera de su jurisdicción.");

    public static CommandResult<T> NoticeNotFound<T>() =>
        CommandResult.Refused<T>(CommandOutcome.NotFound, "Oficio no encontrado o fuera de su jurisdicción.");
}
