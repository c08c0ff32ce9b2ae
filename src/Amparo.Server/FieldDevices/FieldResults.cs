using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.FieldDevices;

/// <summary>Turns a <see cref="CommandResult{T}"/> into the HTTP answer: the value, or a ProblemDetails with a Spanish detail.</summary>
public static class FieldResults
{
    public static IResult ToHttp<T>(this CommandResult<T> result, Func<T, string>? location = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            CommandOutcome.Done => TypedResults.Ok(result.Value),
            CommandOutcome.Created => TypedResults.Created(location?.Invoke(result.Value!), result.Value),
            CommandOutcome.Invalid => Problem(result, StatusCodes.Status400BadRequest, "La solicitud no es válida."),
            CommandOutcome.NotFound => Problem(result, StatusCodes.Status404NotFound, "No encontrado."),
            CommandOutcome.Forbidden => Problem(result, StatusCodes.Status403Forbidden, "Su rol no lo permite."),
            CommandOutcome.Conflict => Problem(result, StatusCodes.Status409Conflict, "No es posible en el estado actual."),
        };
    }

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "No encontrado.");

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Su rol no lo permite.");

    private static ProblemHttpResult Problem<T>(CommandResult<T> result, int status, string title) =>
        TypedResults.Problem(
            result.Problems.Count == 0 ? title : string.Join(" ", result.Problems),
            statusCode: status,
            title: title,
            extensions: new Dictionary<string, object?> { ["problems"] = result.Problems });
}
