using System.Text.RegularExpressions;

namespace Amparo.Domain.Notices;

/// <summary>
/// A recipient's notice as written by the court's staff, kept as data: sections <c>[destinatario]</c> (the addressee's
/// lines), <c>[asunto]</c> (one line) and <c>[cuerpo]</c> (paragraphs split by blank lines; a line starting "- " is a
/// bullet), with <c>{{placeholders}}</c> of <see cref="NoticePlaceholders"/>. Lines starting "#" are comments.
/// </summary>
public sealed partial record NoticeTemplate(IReadOnlyList<string> Addressee, string Subject, string Body)
{
    public static NoticeTemplate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = sections[line[1..^1].Trim()] = [];
                continue;
            }

            current?.Add(line);
        }

        string Section(string name) => sections.TryGetValue(name, out var lines)
            ? string.Join('\n', lines).Trim('\n', ' ')
            : throw new FormatException($"The notice template has no [{name}] section.");
        var addressee = Section("destinatario").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var template = new NoticeTemplate(addressee, Section("asunto"), Section("cuerpo"));
        if (template.Placeholders.FirstOrDefault(p => !NoticePlaceholders.All.Contains(p)) is { } unknown)
        {
            throw new FormatException($"The notice template uses an unknown placeholder {{{{{unknown}}}}}.");
        }

        return template;
    }

    /// <summary>Every placeholder the template uses.</summary>
    public IReadOnlySet<string> Placeholders =>
        Addressee.Append(Subject).Append(Body)
            .SelectMany(t => Placeholder().Matches(t).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the template asks only for what <paramref name="disclosure"/> lets its recipient get.</summary>
    public bool Respects(NoticeDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return Placeholders.All(disclosure.Allows);
    }

    /// <summary>
    /// The template with its placeholders replaced. Refuses (throws) a template that asks for what its recipient may
    /// not get, or for a value not given: a notice is never sent with a gap or with data it must not carry.
    /// </summary>
    public NoticeTemplate Fill(IReadOnlyDictionary<string, string> values, NoticeDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!Respects(disclosure))
        {
            throw new InvalidOperationException("The notice template asks for data its recipient may not receive: "
                + string.Join(", ", Placeholders.Where(p => !disclosure.Allows(p))));
        }

        string Replace(string text) => Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"No value for {{{{{m.Groups[1].Value}}}}}."));
        return new NoticeTemplate(Addressee.Select(Replace).ToList(), Replace(Subject), Replace(Body));
    }

    /// <summary>The body's paragraphs; each is its lines (a bullet list is one paragraph of "- " lines).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Paragraphs() =>
        Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => (IReadOnlyList<string>)p.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => p.Count > 0)
            .ToList();

    [GeneratedRegex(@"\{\{\s*([a-z.]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
