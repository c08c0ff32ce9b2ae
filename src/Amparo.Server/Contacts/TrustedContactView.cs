using Amparo.Data.People;

namespace Amparo.Server.Contacts;

public sealed record TrustedContactView(Guid Id, string Name, string? Relation, string Phone, int Rank)
{
    public static TrustedContactView From(TrustedContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new(contact.Id, contact.Name, contact.Relation, contact.Phone, contact.Rank);
    }
}
