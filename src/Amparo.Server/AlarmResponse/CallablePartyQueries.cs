using Amparo.Data.Database;
using Amparo.Data.People;
using Amparo.Domain.People;
using Amparo.Server.Auth;
using Amparo.Server.Contacts;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.AlarmResponse;

/// <summary>
/// The people of a case an operator may call, victim first. The victim, her phones and her contacts are left out
/// for roles that may not see her data, as the case page leaves them out.
/// </summary>
public sealed class CallablePartyQueries(IDbContextFactory<AmparoDbContext> contexts, TrustedContactStore contacts)
{
    public async Task<IReadOnlyList<CallableParty>> ForCaseAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        List<Person> people;
        await using (var db = contexts.CreateDbContext())
        {
            people = await db.People.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(cancellationToken);
        }

        people = people.Where(p => p.Role == PartyRole.Aggressor || scope.SeesVictimLocation).OrderBy(p => p.Role).ToList();
        var all = await contacts.ListAsync(people.Select(p => p.Id).ToList(), cancellationToken);
        return people.Select(p => new CallableParty(
                p.Role == PartyRole.Victim ? CallParties.Victim : CallParties.Aggressor, p.Id, p.FullName, p.Phones,
                all.Where(c => c.PersonId == p.Id).Select(TrustedContactView.From).ToList()))
            .ToList();
    }
}
