using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.People;

/// <summary>The trusted contacts of the parties, in the order the operator should try them.</summary>
public sealed class TrustedContactStore(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<IReadOnlyList<TrustedContact>> ListAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var ids = personIds.ToList();
        return await db.TrustedContacts.AsNoTracking()
            .Where(c => ids.Contains(c.PersonId))
            .OrderBy(c => c.Rank).ThenBy(c => c.Name)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Replaces a person's contacts with <paramref name="contacts"/> in one transaction.</summary>
    public async Task ReplaceAsync(Guid personId, IReadOnlyList<TrustedContact> contacts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.TrustedContacts.Where(c => c.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        foreach (var contact in contacts)
        {
            contact.PersonId = personId;
            contact.Id = contact.Id == Guid.Empty ? Guid.CreateVersion7() : contact.Id;
            db.TrustedContacts.Add(contact);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
