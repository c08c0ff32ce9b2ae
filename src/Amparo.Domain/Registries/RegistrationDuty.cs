namespace Amparo.Domain.Registries;

/// <summary>Data a circuit requires the institutions to register (seed 004: "Identifica y registra datos…", "Registra medidas… en RUVA").</summary>
public enum RegistrationDuty
{
    /// <summary>The victim's identity document is registered.</summary>
    VictimIdentified,

    /// <summary>Her dependants are registered, or it is recorded that she has none.</summary>
    DependantsIdentified,

    /// <summary>Every dependant said to have a support network names who makes it up (routes 2.2.1–2.2.7 depend on it).</summary>
    DependantSupportNetwork,

    /// <summary>The risk has been assessed (FVR) at least once.</summary>
    RiskAssessed,

    /// <summary>The protection measures are registered with their dates.</summary>
    MeasuresRegistered,
}
