namespace Amparo.Domain.Risk;

/// <summary>
/// One question of an instrument. A question with a <see cref="Parent"/> is asked only when its parent is asked
/// and was answered with one of <see cref="VisibleWhen"/> (FVR 2a → 3, 5 → 5a, 12 → 12a). A question that is not
/// asked scores nothing and must not be answered.
/// </summary>
public sealed record RiskItem
{
    /// <summary>As the form numbers it: "1", "2a", "12a".</summary>
    public string Code { get; init; } = "";

    public LocalizedText Text { get; init; } = new();

    public RiskAnswerType Answer { get; init; }

    public IReadOnlyList<RiskOption> Options { get; init; } = [];

    public string? Parent { get; init; }

    /// <summary>The parent's option codes that make this question apply.</summary>
    public IReadOnlyList<string> VisibleWhen { get; init; } = [];

    /// <summary>A question whose scoring answer the console should point out on its own (a firearm, a threat to kill).</summary>
    public bool Critical { get; init; }

    /// <summary>Whether an assessment must answer it when it applies; descriptive questions need not.</summary>
    public bool Required { get; init; } = true;

    public RiskOption? Option(string code) => Options.FirstOrDefault(o => o.Code == code);
}
