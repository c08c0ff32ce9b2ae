using Amparo.Data.Database;
using Amparo.Domain.People;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Contacts;

/// <summary>Whether a user may reach a party's contacts: the party is of the case, the case in her jurisdictions, and a victim's only for those who may see her data.</summary>
public sealed class ContactOwners(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<ContactAccess> AccessAsync(Guid caseId, Guid personId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var owner = await (
            from p in db.People.AsNoTracking()
            join c in db.Cases.AsNoTracking() on p.CaseId equals c.Id
            where p.Id == personId && p.CaseId == caseId
            select new { p.Role, c.JurisdictionId }).FirstOrDefaultAsync(cancellationToken);
        if (owner is null || !scope.CanSee(owner.JurisdictionId))
        {
            return ContactAccess.NotFound;
        }

        return owner.Role == PartyRole.Victim && !scope.SeesVictimLocation ? ContactAccess.Forbidden : ContactAccess.Allowed;
    }
}

public enum ContactAccess
{
    Allowed,
    NotFound,
    Forbidden,
}
