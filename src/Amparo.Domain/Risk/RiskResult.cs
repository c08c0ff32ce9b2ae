namespace Amparo.Domain.Risk;

/// <summary>
/// How a set of answers scored: the raw score, the level its band gave, the rules that changed it (codes, in order),
/// the level computed from both, and the final level after an assessor's override, with its common level.
/// </summary>
public sealed record RiskResult(
    int RawScore,
    string BandLevel,
    IReadOnlyList<string> AppliedRules,
    string ComputedLevel,
    string FinalLevel,
    CommonRiskLevel Common,
    RiskOverride? Override,
    IReadOnlyList<string> CriticalItems)
{
    public bool Overridden => Override is not null;
}
