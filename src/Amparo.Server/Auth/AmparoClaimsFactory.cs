using System.Globalization;
using System.Security.Claims;
using Amparo.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Auth;

/// <summary>Puts the user's jurisdiction and name into her cookie or token, so scope checks need no lookup.</summary>
public sealed class AmparoClaimsFactory(UserManager<AmparoUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AmparoUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AmparoUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AmparoClaims.FullName, user.FullName));
        if (user.JurisdictionId is { } jurisdiction)
        {
            identity.AddClaim(new Claim(AmparoClaims.Jurisdiction, jurisdiction.ToString("D", CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
