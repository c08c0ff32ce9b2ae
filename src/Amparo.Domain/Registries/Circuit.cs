namespace Amparo.Domain.Registries;

/// <summary>The circuits of Peru's inter-institutional protocol (seed 004) a case can be registered in.</summary>
public enum Circuit
{
    /// <summary>CIRCUITO 01: femicide.</summary>
    Femicide,

    /// <summary>Attempted femicide (tentativa de feminicidio).</summary>
    AttemptedFemicide,

    /// <summary>High-risk violence by a partner or former partner.</summary>
    HighRiskPartnerViolence,
}
