using Amparo.Server.Contacts;

namespace Amparo.Server.Console.Components;

/// <summary>A trusted contact as the editor holds it while an operator changes a party's list; its place in the list is its rank.</summary>
public sealed class ContactDraft
{
    public string Name { get; set; } = "";

    public string Relation { get; set; } = "";

    public string Phone { get; set; } = "";

    public static ContactDraft From(TrustedContactView contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new() { Name = contact.Name, Relation = contact.Relation ?? "", Phone = contact.Phone };
    }

    public ContactRequest ToRequest() => new(Name, Relation, Phone, Rank: null);
}
