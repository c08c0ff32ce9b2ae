using Amparo.Domain.Risk;

namespace Amparo.Server.Intake;

/// <summary>A case's current risk: the common level of its latest assessment, when it was made, and the pre-alert distance its policy sets, if any.</summary>
public sealed record CaseRisk(CommonRiskLevel Level, DateOnly AssessedOn, double? PreAlertMetres);
