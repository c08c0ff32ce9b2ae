namespace Amparo.Server.FieldDevices;

/// <summary>Turns a <see cref="CommandResult{T}"/> into the HTTP answer: the value, or <see cref="CommandHttp"/>'s ProblemDetails with a Spanish detail.</summary>
public static class FieldResults
{
    public static IResult ToHttp<T>(this CommandResult<T> result, Func<T, string>? location = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            CommandOutcome.Done => TypedResults.Ok(result.Value),
            CommandOutcome.Created => TypedResults.Created(location?.Invoke(result.Value!), result.Value),
            _ => CommandHttp.Problem(result, Title(result.Outcome)),
        };
    }

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "No encontrado.");

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Su rol no lo permite.");

    private static string Title(CommandOutcome outcome) => outcome switch
    {
        CommandOutcome.NotFound => "No encontrado.",
        CommandOutcome.Forbidden => "Su rol no lo permite.",
        CommandOutcome.Conflict => "No es posible en el estado actual.",
        CommandOutcome.Unavailable => "No se pudo registrar ahora.",
        _ => "La solicitud no es válida.",
    };
}
