namespace Amparo.Server.Risk;

public enum RiskAssessmentStatus
{
    Recorded,
    NotFound,
    Invalid,
}

/// <summary>How recording an assessment ended: the assessment, a case the user cannot see, or what is wrong (by field, in Spanish).</summary>
public sealed record RiskAssessmentOutcome(RiskAssessmentStatus Status, RiskAssessmentView? Assessment, IDictionary<string, string[]> Errors)
{
    public static RiskAssessmentOutcome NotFound { get; } = new(RiskAssessmentStatus.NotFound, null, new Dictionary<string, string[]>());
}
