namespace Amparo.Server.Intake;

/// <summary>A judicial order ordering monitoring, as the court issued it: the case is registered from it.</summary>
public sealed record RegisterCaseRequest(
    Guid JurisdictionId,
    string Court,
    string Judge,
    string FileNumber,
    DateOnly IssuedOn,
    double PerimeterMetres,
    IReadOnlyList<MeasureInput> Measures,
    PartyInput Victim,
    PartyInput Aggressor,
    string? TimeZone,
    string? Notes);
