using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Dispatch;

/// <summary>One HTTP answer per dispatch outcome: the request, 404, or a 409 ProblemDetails that says why.</summary>
public static class DispatchResults
{
    public static Results<Ok<PoliceRequestView>, NotFound, ProblemHttpResult> ToHttp(DispatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            DispatchOutcome.Done or DispatchOutcome.AlreadyThere => TypedResults.Ok(result.Request!),
            DispatchOutcome.NotFound => TypedResults.NotFound(),
            DispatchOutcome.AlarmClosed or DispatchOutcome.NotClaimed or DispatchOutcome.ClaimedByOther or DispatchOutcome.NoPosition or DispatchOutcome.NotAllowed
                or DispatchOutcome.ChangedMeanwhile or DispatchOutcome.NoEndpoint =>
                TypedResults.Problem(result.Problem, statusCode: StatusCodes.Status409Conflict, title: result.Outcome.ToString()),
        };
    }
}
