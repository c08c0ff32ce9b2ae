using System.Collections.Frozen;
using Amparo.Domain.Notices;

namespace Amparo.Server.Notices;

/// <summary>
/// The six notices' templates, shipped in this assembly (Notices/Templates/A.txt … F.txt, one per recipient of seed 002).
/// Each is checked on load: its sections, its placeholders, and that it asks only for what its recipient may get.
/// </summary>
internal static class NoticeTemplates
{
    private static readonly Lazy<FrozenDictionary<NoticeRecipient, NoticeTemplate>> All = new(Load);

    public static NoticeTemplate For(NoticeRecipient recipient) => All.Value[recipient];

    private static FrozenDictionary<NoticeRecipient, NoticeTemplate> Load() =>
        NoticeRecipients.All.ToFrozenDictionary(r => r, r =>
        {
            var name = $"Amparo.Server.Notices.Templates.{NoticeRecipients.Letter(r)}.txt";
            using var stream = typeof(NoticeTemplates).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The notice template {name} is not in the assembly.");
            using var reader = new StreamReader(stream);
            var template = NoticeTemplate.Parse(reader.ReadToEnd());
            return template.Respects(NoticeDisclosure.For(r))
                ? template
                : throw new InvalidOperationException($"The notice template {name} asks for data its recipient may not receive.");
        });
}
