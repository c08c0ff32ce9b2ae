namespace Amparo.Domain.Registries;

/// <summary>
/// One case in the RUC's "Registro de Situaciones Monitoreadas" (seed 002, 6): the order, its monitoring, its risk,
/// its devices and alarms in the period, and her dependants. Summaries are already words ("Child: 2"); dates are UTC.
/// </summary>
public sealed record MonitoredSituationRow(
    Guid CaseId,
    string FileNumber,
    string Court,
    string Jurisdiction,
    string Status,
    DateOnly? OrderedOn,
    DateTime? ActivatedAt,
    DateTime? ClosedAt,
    string? ClosureReason,
    double PerimeterMetres,
    string? RiskInstrument,
    string? RiskLevel,
    DateOnly? RiskAssessedOn,
    string VictimConsent,
    string Measures,
    int DevicesInstalled,
    DateTime? DevicesSince,
    string AlarmsByType,
    string DependantsByCategory,
    string DependantsSupportNetwork,
    string? VictimName,
    string? VictimDocument);
