namespace Amparo.Server.Dispatch;

/// <summary>How a dispatch command ended; each maps to one HTTP answer.</summary>
public enum DispatchOutcome
{
    Done,
    AlreadyThere,
    NotFound,
    AlarmClosed,
    NotClaimed,
    ClaimedByOther,
    NoPosition,
    NotAllowed,
    ChangedMeanwhile,
    NoEndpoint,
}

public sealed record DispatchResult(DispatchOutcome Outcome, PoliceRequestView? Request, string? Problem = null);
