using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.App;

/// <summary>
/// Every app request after the token: the installation it names must exist and not be revoked, read from the
/// database each time, so a revocation stops its access tokens at the next request, not when they expire.
/// </summary>
public sealed class AppCallerFilter(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time) : IEndpointFilter
{
    /// <summary>Last seen is written at most this often.</summary>
    private static readonly TimeSpan SeenResolution = TimeSpan.FromMinutes(1);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (AppAuth.InstallationOf(http.User) is not { } id)
        {
            return AppProblems.Unauthorized();
        }

        await using var db = contexts.CreateDbContext();
        var generation = AppAuth.GenerationOf(http.User);
        var read = await db.AppInstallations.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { Installation = i, FirstUse = db.AppRefreshTokens.Any(t => t.Id == generation && t.FirstUsedAt == null) })
            .FirstOrDefaultAsync(http.RequestAborted);
        var installation = read?.Installation;
        if (installation is null || installation.RevokedAt is not null)
        {
            return AppProblems.Revoked();
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

        new AppCaller(installation.Id, installation.CaseId, installation.PersonId, installation.DeviceId).Attach(http);
        return await next(context);
    }
}
