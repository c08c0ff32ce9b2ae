using Amparo.Data.Audit;
using Amparo.Data.People;
using Amparo.Server.Auth;

namespace Amparo.Server.Contacts;

/// <summary>
/// Replaces a party's trusted contacts, from the API or the console alike: only alarm handlers, only a party of a case
/// in their jurisdictions, a victim's only for roles that may see her data; validated by <see cref="ContactValidation"/>,
/// stored in order and audited.
/// </summary>
public sealed class ContactCommands(ContactOwners owners, TrustedContactStore store, AuditLog audit)
{
    public async Task<ContactChange> ReplaceAsync(
        Guid caseId, Guid personId, IReadOnlyList<ContactRequest> contacts, UserScope scope, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(scope);
        switch (await owners.AccessAsync(caseId, personId, scope, cancellationToken))
        {
            case ContactAccess.NotFound:
                return ContactChange.Refused(ContactChangeOutcome.NotFound);
            case ContactAccess.Forbidden:
                return ContactChange.Refused(ContactChangeOutcome.Forbidden);
        }

        if (!scope.HandlesAlarms)
        {
            return ContactChange.Refused(ContactChangeOutcome.Forbidden);
        }

        if (ContactValidation.Problems(contacts) is { Count: > 0 } problems)
        {
            return new ContactChange(ContactChangeOutcome.Invalid, [], problems);
        }

        await store.ReplaceAsync(personId, ContactValidation.Ranked(contacts), cancellationToken);
        await audit.RecordAsync(new AuditEntry(scope.UserName, AuditActions.TrustedContactsReplaced, "person", personId.ToString(), caseId,
            remoteAddress, $"{contacts.Count} contactos"), cancellationToken);
        var stored = await store.ListAsync([personId], cancellationToken);
        return new ContactChange(ContactChangeOutcome.Done, stored.Select(TrustedContactView.From).ToList(), []);
    }
}
