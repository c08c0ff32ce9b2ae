using Amparo.Data.Database;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Risk;

/// <summary>A case's assessments, newest first, for a user who can see the case.</summary>
public sealed class RiskAssessmentQueries(IDbContextFactory<AmparoDbContext> contexts)
{
    /// <returns>Null when the case does not exist or is outside the user's jurisdictions.</returns>
    public async Task<IReadOnlyList<RiskAssessmentView>?> ListAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var jurisdiction = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (Guid?)c.JurisdictionId).FirstOrDefaultAsync(cancellationToken);
        if (jurisdiction is not { } id || !scope.CanSee(id))
        {
            return null;
        }

        var rows = await db.RiskAssessments.AsNoTracking()
            .Where(a => a.CaseId == caseId)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAt)
            .ToListAsync(cancellationToken);
        return rows.Select(RiskAssessmentView.From).ToList();
    }
}
