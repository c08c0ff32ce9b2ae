using Amparo.Server.Risk;

namespace Amparo.Server.Intake;

/// <summary>The intake's view of a case's latest risk assessment, read through <see cref="RiskReader"/>.</summary>
public sealed class RiskLevelSource(RiskReader reader) : IRiskLevelSource
{
    public async Task<CaseRisk?> LatestAsync(Guid caseId, CancellationToken cancellationToken) =>
        await reader.LatestAsync(caseId, cancellationToken) is { } latest
            ? new CaseRisk(latest.Common, latest.AssessedOn, latest.Policy?.PreAlertMetres)
            : null;
}
