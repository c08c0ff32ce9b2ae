using System.Globalization;
using System.Security.Claims;
using Amparo.Data.App;
using Amparo.Data.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace Amparo.Server.App;

/// <summary>
/// Issues an installation's tokens: an access token protected by the app scheme's own protector (the staff's bearer
/// handler cannot read it, nor this one the staff's), and a random refresh token kept only as its hash.
/// </summary>
public sealed class AppTokenIssuer(IOptionsMonitor<BearerTokenOptions> bearer, IOptions<AppOptions> options)
{
    /// <summary>Adds the refresh token to <paramref name="db"/>'s unit of work; the caller saves it.</summary>
    public (string AccessToken, int ExpiresIn, string RefreshToken, Guid Generation) Issue(AmparoDbContext db, Guid installationId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var refresh = AppSecrets.NewRefreshToken();
        var generation = Guid.CreateVersion7();
        db.AppRefreshTokens.Add(new AppRefreshToken
        {
            Id = generation, InstallationId = installationId, TokenHash = AppSecrets.Hash(refresh), IssuedAt = now.UtcDateTime,
        });
        var lifetime = TimeSpan.FromMinutes(options.Value.AccessTokenMinutes);
        var identity = new ClaimsIdentity(
            [
                new Claim(AppAuth.InstallationClaim, installationId.ToString("D", CultureInfo.InvariantCulture)),
                new Claim(AppAuth.GenerationClaim, generation.ToString("D", CultureInfo.InvariantCulture)),
            ], AppAuth.Scheme);
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + lifetime };
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), properties, AppAuth.Scheme);
        return (bearer.Get(AppAuth.Scheme).BearerTokenProtector.Protect(ticket), (int)lifetime.TotalSeconds, refresh, generation);
    }
}
