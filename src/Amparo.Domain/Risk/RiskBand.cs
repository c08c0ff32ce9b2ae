namespace Amparo.Domain.Risk;

/// <summary>
/// A range of raw scores (both ends included) and the instrument's level it means. Bands also give the order of
/// the instrument's levels, lowest score first, which rules and overrides raise along.
/// </summary>
public sealed record RiskBand
{
    public int Min { get; init; }

    public int Max { get; init; }

    /// <summary>The instrument's own level code: "leve", "moderado", "severo", "severo_extremo".</summary>
    public string Level { get; init; } = "";

    public LocalizedText Label { get; init; } = new();

    /// <summary>#rrggbb.</summary>
    public string Colour { get; init; } = "";

    public bool Contains(int score) => score >= Min && score <= Max;
}
