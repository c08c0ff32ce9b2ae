using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Intake;

/// <summary>A case for an intake change, tracked, only if it is in one of the user's jurisdictions.</summary>
public static class IntakeCases
{
    public static async Task<MonitoredCase?> FindAsync(AmparoDbContext db, Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        var found = await db.Cases.Include(c => c.Measures).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return found is not null && scope.CanSee(found.JurisdictionId) ? found : null;
    }

    /// <summary>Whether the case exists in one of the user's jurisdictions, without loading it.</summary>
    public static async Task<bool> VisibleAsync(AmparoDbContext db, Guid caseId, UserScope scope, CancellationToken cancellationToken) =>
        await db.Cases.Where(c => c.Id == caseId).Select(c => (Guid?)c.JurisdictionId).FirstOrDefaultAsync(cancellationToken) is { } jurisdiction
        && scope.CanSee(jurisdiction);
}
