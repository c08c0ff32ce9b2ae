namespace Amparo.Server.Intake;

/// <summary>
/// A case's intake file: its orders, where each prerequisite stands and whether it may be activated. The victim's
/// addresses only for roles that may read her data (<see cref="VictimRestricted"/> otherwise).
/// </summary>
public sealed record IntakeView(
    Guid CaseId, string FileNumber, string Status, double PerimeterMetres, DateOnly? SurveillanceEndsOn, string Consent, string? ConsentBy, DateTime? ConsentAt,
    string? RiskLevel, IReadOnlyList<OrderView> Orders, IReadOnlyList<AddressView> Addresses, bool VictimRestricted, ReadinessView Readiness);
