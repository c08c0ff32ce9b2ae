namespace Amparo.Domain.Risk;

/// <summary>What a rule does to the level the score gave.</summary>
public enum RiskRuleKind
{
    /// <summary>Up by <see cref="RiskRule.Levels"/> levels, no further than the highest.</summary>
    Raise,

    /// <summary>Exactly <see cref="RiskRule.Level"/>.</summary>
    Force,

    /// <summary>At most <see cref="RiskRule.Level"/>.</summary>
    Cap,
}
