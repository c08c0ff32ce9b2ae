using Amparo.Data.Database;
using Amparo.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Risk;

/// <summary>
/// Reads a case's current risk for other features (activation, default monitoring settings). It does not check the
/// user's jurisdictions: the caller has already found the case visible.
/// </summary>
public sealed class RiskReader(IDbContextFactory<AmparoDbContext> contexts, RiskCatalog catalog)
{
    /// <summary>The latest assessment by the day it was made (then by when it was recorded), or null when none.</summary>
    public async Task<LatestRisk?> LatestAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var latest = await db.RiskAssessments.AsNoTracking()
            .Where(a => a.CaseId == caseId)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }

        var definition = await catalog.GetAsync(latest.InstrumentCode, latest.InstrumentVersion, cancellationToken);
        return new LatestRisk(latest.Id, latest.CommonLevel, latest.FinalLevel, new LocalizedText { Es = latest.FinalLabelEs, En = latest.FinalLabelEn },
            latest.AssessedOn, latest.NextDueOn, latest.InstrumentCode, latest.InstrumentVersion, definition?.PolicyFor(latest.CommonLevel));
    }
}
