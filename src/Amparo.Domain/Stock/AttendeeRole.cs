namespace Amparo.Domain.Stock;

/// <summary>In what capacity a person is present at a field act and signs it.</summary>
public enum AttendeeRole
{
    /// <summary>The party who wears the device.</summary>
    Wearer,
    PoliceOfficer,
    GenderAreaOfficer,
    Technician,
    Witness,
    LegalRepresentative,
    Other,
}
