using Amparo.Data.People;
using Amparo.Domain.Notices;

namespace Amparo.Server.Notices;

/// <summary>
/// The values of a notice's placeholders. What the recipient may not get is never even computed: the template could
/// not print it by mistake, and <see cref="NoticeTemplate.Fill"/> refuses a template that asks for it.
/// </summary>
internal static class NoticeValues
{
    public static Dictionary<string, string> For(NoticeFacts facts, NoticeDisclosure disclosure, string? institution)
    {
        var order = facts.Order;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [NoticePlaceholders.Court] = order.Court,
            [NoticePlaceholders.Judge] = order.Judge,
            [NoticePlaceholders.FileNumber] = order.FileNumber,
            [NoticePlaceholders.OrderDate] = NoticeWords.LongDate(order.IssuedOn),
            [NoticePlaceholders.OrderKind] = NoticeWords.OrderKind(order.Kind),
            [NoticePlaceholders.Perimeter] = NoticeWords.Metres(order.PerimeterMetres ?? facts.Case.PerimeterMetres),
            [NoticePlaceholders.Measures] = Measures(facts),
            [NoticePlaceholders.Addressee] = institution ?? string.Empty,
            [NoticePlaceholders.AggressorName] = facts.Aggressor?.FullName ?? "(sin registrar)",
            [NoticePlaceholders.AggressorDocument] = facts.Aggressor?.DocumentNumber is { Length: > 0 } document
                ? "documento N.º " + document
                : "sin documento registrado",
        };
        if (disclosure.AggressorAddresses)
        {
            values[NoticePlaceholders.AggressorAddresses] = Addresses(facts.AggressorAddresses);
        }

        if (disclosure.VictimName)
        {
            values[NoticePlaceholders.VictimName] = facts.Victim?.FullName ?? "(sin registrar)";
        }

        if (disclosure.VictimAddresses)
        {
            values[NoticePlaceholders.VictimAddresses] = Addresses(facts.VictimAddresses);
        }

        return values;
    }

    private static string Measures(NoticeFacts facts) => facts.Measures.Count == 0
        ? "- Sin medidas registradas."
        : string.Join('\n', facts.Measures.Select(m =>
            $"- {NoticeWords.Measure(m.Type)}: desde el {NoticeWords.ShortDate(m.StartsOn)}"
            + (m.EndsOn is { } ends ? $" hasta el {NoticeWords.ShortDate(ends)}" : ", sin fecha de fin")
            + (string.IsNullOrWhiteSpace(m.Details) ? "." : $" ({OneLine(m.Details)}).")));

    /// <summary>A value typed by a user, on one line: a line break in it would start a paragraph of the notice.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Addresses(IReadOnlyList<CaseAddress> addresses) => addresses.Count == 0
        ? "- Sin domicilios registrados."
        : string.Join('\n', addresses.Select(a =>
            $"- {NoticeWords.AddressKind(a.Kind)}: {OneLine(a.Text)}" + (a.Protected ? " (lugar protegido)." : ".")));
}
