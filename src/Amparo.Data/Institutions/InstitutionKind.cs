namespace Amparo.Data.Institutions;

public enum InstitutionKind
{
    Court,
    Prosecutor,
    Police,
    WomensMinistry,
    MunicipalGenderArea,
    MonitoringCentre,

    /// <summary>A socio-educational programme on masculinities the aggressor must attend (seed 002, notice B).</summary>
    MasculinitiesProgramme,

    /// <summary>The body that coordinates the dual-device programme (seed 002, notice E).</summary>
    ProgrammeCoordination,

    /// <summary>The security ministry's gender-policy superintendence, which takes note (seed 002, notice F).</summary>
    GenderPolicySuperintendence,
}
