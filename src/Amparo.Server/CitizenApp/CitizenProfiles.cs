using Amparo.Data.Database;
using Amparo.Server.App;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.CitizenApp;

/// <summary>Her profile in the municipal app: her first name, her municipality, and the deployment's numbers.</summary>
public sealed class CitizenProfiles(IOptions<AppOptions> options)
{
    public async Task<CitizenProfile> ForAsync(AmparoDbContext db, Guid citizenId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var read = await db.CitizenAccounts.Where(c => c.Id == citizenId)
            .Select(c => new { c.FullName, Municipality = db.Jurisdictions.Where(j => j.Id == c.JurisdictionId).Select(j => j.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        var o = options.Value;
        return new CitizenProfile(AppProfiles.FirstName(read?.FullName ?? ""), read?.Municipality ?? "", o.CentrePhone, o.Emergency, o.AlertIntervalSeconds);
    }
}
