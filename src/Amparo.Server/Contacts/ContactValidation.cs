using Amparo.Data.People;

namespace Amparo.Server.Contacts;

/// <summary>What is wrong with a list of trusted contacts, in the centre's words; empty when it can be saved.</summary>
public static class ContactValidation
{
    public const int MaxContacts = 10;

    public static IReadOnlyList<string> Problems(IReadOnlyList<ContactRequest> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var problems = new List<string>();
        if (contacts.Count > MaxContacts)
        {
            problems.Add($"Hasta {MaxContacts} contactos por persona.");
        }

        foreach (var (contact, index) in contacts.Select((c, i) => (c, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(contact.Name) || contact.Name.Length > 200)
            {
                problems.Add($"El contacto {index} necesita un nombre (hasta 200 caracteres).");
            }

            if (contact.Relation is { Length: > 100 })
            {
                problems.Add($"La relación del contacto {index} tiene más de 100 caracteres.");
            }

            if (!IsPhone(contact.Phone))
            {
                problems.Add($"El teléfono del contacto {index} no es válido (dígitos, espacios, «+», «-», paréntesis; hasta 40).");
            }
        }

        if (Ranked(contacts).Select(c => c.Rank).Distinct().Count() != contacts.Count)
        {
            problems.Add("Dos contactos tienen el mismo orden.");
        }

        return problems;
    }

    /// <summary>The contacts to store, each with its rank (its place in the list when none was given).</summary>
    public static IReadOnlyList<TrustedContact> Ranked(IReadOnlyList<ContactRequest> contacts) =>
        contacts.Select((c, i) => new TrustedContact
        {
            Name = c.Name?.Trim() ?? "",
            Relation = string.IsNullOrWhiteSpace(c.Relation) ? null : c.Relation.Trim(),
            Phone = c.Phone?.Trim() ?? "",
            Rank = c.Rank ?? i + 1,
        }).ToList();

    private static bool IsPhone(string? phone) =>
        phone is { Length: > 0 and <= 40 }
        && phone.All(ch => char.IsAsciiDigit(ch) || ch is ' ' or '+' or '-' or '(' or ')')
        && phone.Count(char.IsAsciiDigit) >= 6;
}
