namespace Amparo.Domain.Registries;

/// <summary>What is registered of a case, as far as the circuits' duties ask.</summary>
public sealed record CircuitFacts(
    bool VictimDocumentPresent,
    int DependantCount,
    bool DeclaredNoDependants,
    int DependantsWithNetworkUnnamed,
    int RiskAssessmentCount,
    int MeasureCount);
