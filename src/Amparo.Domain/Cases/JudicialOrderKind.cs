namespace Amparo.Domain.Cases;

/// <summary>What a court's order does to the case: start it, extend it, vary its measures, or end it.</summary>
public enum JudicialOrderKind
{
    Initial,
    Extension,
    Variation,
    Cessation,
    Suspension,
    Reincorporation,
}
