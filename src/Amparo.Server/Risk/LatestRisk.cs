using Amparo.Domain.Risk;

namespace Amparo.Server.Risk;

/// <summary>
/// A case's latest risk assessment, for other features: its common and final level, when it was made and is due
/// again, and the policy of its common level in the version used (pre-alert distance, rounds, calls…).
/// </summary>
public sealed record LatestRisk(
    Guid AssessmentId,
    CommonRiskLevel Common,
    string Level,
    LocalizedText Label,
    DateOnly AssessedOn,
    DateOnly? NextDueOn,
    string Instrument,
    string Version,
    RiskLevelPolicy? Policy);
