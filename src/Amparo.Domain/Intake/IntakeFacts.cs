using Amparo.Domain.Risk;

namespace Amparo.Domain.Intake;

/// <summary>Everything the activation check weighs, read from the case on the day of the check.</summary>
public sealed record IntakeFacts(
    bool OrderInForce,
    double PerimeterMetres,
    CommonRiskLevel? RiskLevel,
    ConsentDecision Consent,
    IReadOnlyList<IntakeAddress> VictimAddresses,
    IReadOnlyList<IntakeAddress> AggressorAddresses);
