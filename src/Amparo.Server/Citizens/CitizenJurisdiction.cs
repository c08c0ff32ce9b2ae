using Amparo.Data.Database;
using Amparo.Data.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Citizens;

/// <summary>The municipality citizens register in: the configured one, or the only one with a monitoring centre.</summary>
public sealed class CitizenJurisdiction(IDbContextFactory<AmparoDbContext> contexts, IOptions<CitizenOptions> options)
{
    public async Task<Guid?> ResolveAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (options.Value.Jurisdiction is { Length: > 0 } name)
        {
            return await db.Jurisdictions.Where(j => j.Name == name).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(cancellationToken);
        }

        var centres = await db.Institutions.Where(i => i.Kind == InstitutionKind.MonitoringCentre)
            .Select(i => i.JurisdictionId).Distinct().Take(2).ToListAsync(cancellationToken);
        return centres.Count == 1 ? centres[0] : null;
    }
}
