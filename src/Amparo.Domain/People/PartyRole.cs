namespace Amparo.Domain.People;

/// <summary>The two parties of a monitored protection order.</summary>
public enum PartyRole
{
    Victim,
    Aggressor,
}
