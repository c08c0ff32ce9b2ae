namespace Amparo.Domain.Registries;

/// <summary>One case's registration in a circuit, with the duties it still leaves unmet.</summary>
public sealed record CircuitRow(
    string FileNumber,
    string Court,
    string Jurisdiction,
    Circuit Circuit,
    DateTime RegisteredAt,
    string RegisteredBy,
    string? Note,
    IReadOnlyList<RegistrationDuty> Unmet);
