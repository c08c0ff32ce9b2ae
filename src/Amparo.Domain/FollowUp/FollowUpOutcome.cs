namespace Amparo.Domain.FollowUp;

/// <summary>
/// How a follow-up went. A call counts only when she was reached (an unanswered check-in is itself a reason to
/// worry, so the call stays due); a round counts once the police went, whether or not someone was home.
/// </summary>
public enum FollowUpOutcome
{
    Reached,
    NoAnswer,
    Done,
    NobodyHome,
}
