using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Intake;

/// <summary>An intake command's refusal as a ProblemDetails with the reasons in the user's words.</summary>
internal static class IntakeHttp
{
    public static ProblemHttpResult Problem<T>(IntakeResult<T> result, string title)
    {
        var status = result.Outcome switch
        {
            IntakeOutcome.Forbidden => StatusCodes.Status403Forbidden,
            IntakeOutcome.Conflict => StatusCodes.Status409Conflict,
            IntakeOutcome.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        var extensions = new Dictionary<string, object?> { ["problems"] = result.Problems };
        if (result.Value is ReadinessView readiness)
        {
            extensions["readiness"] = readiness;
        }

        return TypedResults.Problem(result.Problems.Count > 0 ? string.Join(" ", result.Problems) : title, statusCode: status, title: title, extensions: extensions);
    }
}
