using System.Security.Claims;
using Amparo.Data.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Auth;

/// <summary>
/// A staff session (cookie, API token or console circuit) lasts only while the account is as it was at sign-in: a
/// new security stamp (sign-out everywhere, a new password, new roles, a reset second factor) or a lock ends it at
/// the next check, at most <see cref="SecurityOptions.RevalidateSeconds"/> later on another node, at once on this one.
/// </summary>
public sealed class SessionCheck(IDbContextFactory<AmparoDbContext> contexts, IMemoryCache cache, IOptions<SecurityOptions> options,
    IOptions<IdentityOptions> identity, TimeProvider time) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return await IsCurrentAsync(principal) ? principal : new ClaimsPrincipal(new ClaimsIdentity());
    }

    /// <summary>Whether the principal's account still has the stamp it was signed in with and is not locked.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var stamp = principal.FindFirst(identity.Value.ClaimsIdentity.SecurityStampClaimType)?.Value;
        var userId = principal.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)?.Value;
        if (principal.Identity?.IsAuthenticated != true || stamp is null || userId is null)
        {
            // Not a staff session (anonymous, or an app installation's token, which has its own revocation).
            return true;
        }

        var account = await cache.GetOrCreateAsync(Key(userId), _ => LoadAsync(userId));
        if (account?.Stamp != stamp)
        {
            // What was remembered may be older than the session (a password set a moment ago): ask the database once.
            account = await LoadAsync(userId);
        }

        return account is not null && account.Stamp == stamp && (account.LockoutEnd is not { } end || end <= time.GetUtcNow());
    }

    private async Task<Account?> LoadAsync(string userId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var account = await db.Users.Where(u => u.Id == userId).Select(u => new Account(u.SecurityStamp, u.LockoutEnd)).FirstOrDefaultAsync();
        cache.Set(Key(userId), account, TimeSpan.FromSeconds(options.Value.RevalidateSeconds));
        return account;
    }

    /// <summary>Forgets what is known of an account, so this node's next request sees its change at once.</summary>
    public void Forget(string userId) => cache.Remove(Key(userId));

    private static (string, string) Key(string userId) => ("session", userId);

    private sealed record Account(string? Stamp, DateTimeOffset? LockoutEnd);
}
