namespace Amparo.Domain.Risk;

/// <summary>
/// A rule applied after banding, in the order the instrument lists them, when <see cref="Item"/> was asked and
/// answered with one of <see cref="Answers"/>. A rule not <see cref="Enabled"/> is kept (with its <see cref="Note"/>
/// saying why) but never applied.
/// </summary>
public sealed record RiskRule
{
    public string Code { get; init; } = "";

    public RiskRuleKind Kind { get; init; }

    public string Item { get; init; } = "";

    public IReadOnlyList<string> Answers { get; init; } = [];

    /// <summary>For <see cref="RiskRuleKind.Raise"/>: how many levels.</summary>
    public int Levels { get; init; }

    /// <summary>For <see cref="RiskRuleKind.Force"/> and <see cref="RiskRuleKind.Cap"/>: the level.</summary>
    public string? Level { get; init; }

    public bool Enabled { get; init; } = true;

    public string? Note { get; init; }
}
