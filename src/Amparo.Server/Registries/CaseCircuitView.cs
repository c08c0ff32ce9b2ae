using Amparo.Domain.Registries;

namespace Amparo.Server.Registries;

/// <summary>A case's registration in a circuit, the duties the circuit requires and those still unmet.</summary>
public sealed record CaseCircuitView(
    Guid Id,
    Circuit Circuit,
    DateTime RegisteredAt,
    string RegisteredBy,
    string? Note,
    bool NoDependants,
    IReadOnlyList<RegistrationDuty> Duties,
    IReadOnlyList<UnmetDutyView> Unmet);
