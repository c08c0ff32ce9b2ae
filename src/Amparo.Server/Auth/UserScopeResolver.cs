using System.Globalization;
using System.Security.Claims;
using Amparo.Data.Identity;
using Amparo.Data.Institutions;

namespace Amparo.Server.Auth;

public sealed class UserScopeResolver(JurisdictionScope jurisdictions)
{
    public async Task<UserScope> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claim = user.FindFirst(AmparoClaims.Jurisdiction)?.Value;
        Guid? jurisdiction = claim is null ? null : Guid.Parse(claim, CultureInfo.InvariantCulture);
        // Only a national administrator has no jurisdiction; anyone else without one sees nothing.
        var visible = jurisdiction is null && !user.IsInRole(AmparoRoles.Administrador)
            ? new HashSet<Guid>()
            : await jurisdictions.VisibleFromAsync(jurisdiction, cancellationToken);
        return new UserScope(
            user.Identity?.Name ?? "?",
            visible,
            AmparoRoles.VictimLocationReaders.Any(user.IsInRole),
            AmparoRoles.AlarmHandlers.Any(user.IsInRole))
        {
            Supervises = AmparoRoles.AlarmSupervisors.Any(user.IsInRole),
            SeesVictimData = AmparoRoles.VictimDataReaders.Any(user.IsInRole),
            Roles = AmparoRoles.All.Where(user.IsInRole).ToHashSet(),
        };
    }
}
