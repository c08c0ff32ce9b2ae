namespace Amparo.Server.Intake;

/// <summary>The case's latest risk assessment as the intake needs it: its level on the common scale and its policy's pre-alert distance.</summary>
public interface IRiskLevelSource
{
    Task<CaseRisk?> LatestAsync(Guid caseId, CancellationToken cancellationToken);
}
