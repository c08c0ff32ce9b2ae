using Amparo.Data.App;
using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.App;

/// <summary>
/// What every app request passes after its token: the installation it names must exist and not be revoked, read from
/// the database each time, so a revocation stops its access tokens at the next request, not when they expire.
/// </summary>
public sealed class AppInstallationGate(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    /// <summary>Last seen is written at most this often.</summary>
    private static readonly TimeSpan SeenResolution = TimeSpan.FromMinutes(1);

    /// <returns>The installation in service; null when the token names none, or one revoked (then Revoked is true).</returns>
    public async Task<(AppInstallation? Installation, bool Revoked)> PassAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (AppAuth.InstallationOf(http.User) is not { } id)
        {
            return (null, false);
        }

        await using var db = contexts.CreateDbContext();
        var generation = AppAuth.GenerationOf(http.User);
        var read = await db.AppInstallations.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { Installation = i, FirstUse = db.AppRefreshTokens.Any(t => t.Id == generation && t.FirstUsedAt == null) })
            .FirstOrDefaultAsync(http.RequestAborted);
        var installation = read?.Installation;
        if (installation is null || installation.RevokedAt is not null)
        {
            return (null, true);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (installation.LastSeenAt is not { } seen || now - seen >= SeenResolution)
        {
            await db.AppInstallations.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.LastSeenAt, now), http.RequestAborted);
        }

        if (read!.FirstUse)
        {
            // Once per token generation: its answer reached the phone.
            await db.AppRefreshTokens.Where(t => t.Id == generation && t.FirstUsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.FirstUsedAt, now), http.RequestAborted);
        }

        return (installation, false);
    }
}
