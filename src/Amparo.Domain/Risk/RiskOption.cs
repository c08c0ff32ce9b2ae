namespace Amparo.Domain.Risk;

/// <summary>One possible answer to a question and what it adds to the score (zero, or negative to subtract).</summary>
public sealed record RiskOption
{
    public const string Yes = "si";
    public const string No = "no";

    public string Code { get; init; } = "";

    public LocalizedText Text { get; init; } = new();

    public int Points { get; init; }
}
