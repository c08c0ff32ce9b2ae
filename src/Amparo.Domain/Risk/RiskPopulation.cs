namespace Amparo.Domain.Risk;

/// <summary>Whom an instrument assesses: each population has its own instruments in Peru's protocols.</summary>
public enum RiskPopulation
{
    AdultPartner,
    ChildrenAndAdolescents,
    OlderAdults,
}
