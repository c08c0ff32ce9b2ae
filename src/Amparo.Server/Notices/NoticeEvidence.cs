using System.Globalization;
using Amparo.Domain.Integrity;

namespace Amparo.Server.Notices;

/// <summary>
/// The records a notice is written from, each with its hash: the order, each measure, both parties (name, document,
/// phones) and their current addresses, with only the fields a notice can print.
/// </summary>
internal static class NoticeEvidence
{
    public static IReadOnlyList<EvidenceItem> Of(NoticeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var order = facts.Order;
        var items = new List<EvidenceItem>
        {
            Item("judicial-order", order.Id, new CanonicalRecord("judicial-order")
                .Add("kind", order.Kind.ToString()).Add("court", order.Court).Add("judge", order.Judge).Add("file", order.FileNumber)
                .Add("issuedOn", Day(order.IssuedOn)).Add("perimeter", order.PerimeterMetres).Add("endsOn", Day(order.EndsOn)).Add("notes", order.Notes)),
        };
        items.AddRange(facts.Measures.Select(m => Item("measure", m.Id, new CanonicalRecord("measure")
            .Add("type", m.Type.ToString()).Add("startsOn", Day(m.StartsOn)).Add("endsOn", Day(m.EndsOn)).Add("details", m.Details))));
        items.AddRange(new[] { facts.Victim, facts.Aggressor }.OfType<Data.People.Person>().Select(p => Item("person", p.Id, new CanonicalRecord("person")
            .Add("role", p.Role.ToString()).Add("name", p.FullName).Add("document", p.DocumentNumber).Add("phones", string.Join(",", p.Phones)))));
        items.AddRange(facts.VictimAddresses.Concat(facts.AggressorAddresses).Select(a => Item("address", a.Id, new CanonicalRecord("address")
            .Add("role", a.Role.ToString()).Add("kind", a.Kind.ToString()).Add("text", a.Text).Add("protected", a.Protected))));
        return items;
    }

    private static EvidenceItem Item(string kind, Guid id, CanonicalRecord record) =>
        new(kind, id.ToString("D", CultureInfo.InvariantCulture), record.Sha256());

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
