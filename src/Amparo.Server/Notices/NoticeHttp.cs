using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Notices;

/// <summary>A refusal as a ProblemDetails whose detail says why, in Spanish.</summary>
internal static class NoticeHttp
{
    public static ProblemHttpResult Problem<T>(NoticeResult<T> result, string title)
    {
        var status = result.Outcome switch
        {
            NoticeOutcome.Forbidden => StatusCodes.Status403Forbidden,
            NoticeOutcome.Conflict => StatusCodes.Status409Conflict,
            NoticeOutcome.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        return TypedResults.Problem(
            result.Problems.Count > 0 ? string.Join(" ", result.Problems) : title,
            statusCode: status,
            title: title,
            extensions: new Dictionary<string, object?> { ["problems"] = result.Problems });
    }
}
