namespace Amparo.Domain.Risk;

/// <summary>The result of scoring, or what is wrong with the answers and with the override (in Spanish).</summary>
public sealed record RiskScoring(RiskResult? Result, IReadOnlyList<string> AnswerProblems, IReadOnlyList<string> OverrideProblems)
{
    public bool Succeeded => Result is not null;
}
