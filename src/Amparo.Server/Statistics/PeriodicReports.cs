using Amparo.Data.Database;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Statistics;

/// <summary>Reads the periodic reports of the user's jurisdictions.</summary>
public sealed class PeriodicReports(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<IReadOnlyList<PeriodicReportView>> ListAsync(UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var visible = scope.Jurisdictions?.ToList();
        return await (
            from r in db.PeriodicReports.AsNoTracking()
            join j in db.Jurisdictions.AsNoTracking() on r.JurisdictionId equals j.Id
            where visible == null || visible.Contains(r.JurisdictionId)
            orderby r.To descending, r.From descending, j.Name, r.Language descending
            select new PeriodicReportView(r.Id, j.Name, r.Period, r.Language, r.From, r.To, r.GeneratedAt, r.Sha256)).Take(200).ToListAsync(cancellationToken);
    }

    /// <summary>The report's PDF; null when it does not exist or is not of the user's jurisdictions.</summary>
    public async Task<(byte[] Content, string FileName)?> PdfAsync(Guid id, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var found = await (
            from r in db.PeriodicReports.AsNoTracking()
            join f in db.StoredFiles.AsNoTracking() on r.FileId equals f.Id
            where r.Id == id
            select new { r.JurisdictionId, f.Content, f.FileName }).FirstOrDefaultAsync(cancellationToken);
        return found is not null && scope.CanSee(found.JurisdictionId) ? (found.Content, found.FileName) : null;
    }
}
