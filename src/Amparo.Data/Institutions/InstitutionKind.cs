namespace Amparo.Data.Institutions;

public enum InstitutionKind
{
    Court,
    Prosecutor,
    Police,
    WomensMinistry,
    MunicipalGenderArea,
    MonitoringCentre,
}
