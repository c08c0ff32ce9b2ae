using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Commands;

/// <summary>A command's refusal as a ProblemDetails: the reasons as its detail and as a <c>problems</c> list.</summary>
public static class CommandHttp
{
    /// <param name="result">The refused command.</param>
    /// <param name="title">What was refused, as the problem's title.</param>
    /// <param name="valueName">When the refusal carries a value (the activation check's findings), the extension that holds it.</param>
    public static ProblemHttpResult Problem<T>(CommandResult<T> result, string title, string? valueName = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var status = result.Outcome switch
        {
            CommandOutcome.Forbidden => StatusCodes.Status403Forbidden,
            CommandOutcome.Conflict => StatusCodes.Status409Conflict,
            CommandOutcome.NotFound => StatusCodes.Status404NotFound,
            CommandOutcome.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        };
        var extensions = new Dictionary<string, object?> { ["problems"] = result.Problems };
        if (valueName is not null && result.Value is not null)
        {
            extensions[valueName] = result.Value;
        }

        return TypedResults.Problem(result.Problems.Count > 0 ? string.Join(" ", result.Problems) : title, statusCode: status, title: title, extensions: extensions);
    }
}
