namespace Amparo.Domain.Risk;

/// <summary>A definition read from JSON and validated, or why it cannot be used (in Spanish).</summary>
public sealed record RiskInstrumentRead(RiskInstrumentDefinition? Definition, IReadOnlyList<string> Problems)
{
    public bool IsValid => Definition is not null && Problems.Count == 0;
}
