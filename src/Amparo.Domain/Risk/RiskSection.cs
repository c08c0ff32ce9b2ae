namespace Amparo.Domain.Risk;

/// <summary>A part of an instrument's form, with its questions in the order they are asked.</summary>
public sealed record RiskSection
{
    public string Code { get; init; } = "";

    public LocalizedText Title { get; init; } = new();

    public IReadOnlyList<RiskItem> Items { get; init; } = [];
}
