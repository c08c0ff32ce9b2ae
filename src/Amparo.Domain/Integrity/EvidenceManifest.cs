using System.Text;

namespace Amparo.Domain.Integrity;

/// <summary>
/// The records a document was made from, as one hash (what the document prints), and what differs between the
/// records as issued and as they are now (what a check names).
/// </summary>
public static class EvidenceManifest
{
    public static string Hash(IEnumerable<EvidenceItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var text = new StringBuilder();
        foreach (var item in items.OrderBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Key, StringComparer.Ordinal))
        {
            text.Append(item.Kind).Append(' ').Append(item.Key).Append(' ').Append(item.Hash).Append('\n');
        }

        return Hashes.Sha256(text.ToString());
    }

    public static EvidenceDifference Compare(IEnumerable<EvidenceItem> issued, IEnumerable<EvidenceItem> now)
    {
        ArgumentNullException.ThrowIfNull(issued);
        ArgumentNullException.ThrowIfNull(now);
        var then = issued.ToDictionary(i => (i.Kind, i.Key));
        var current = now.ToDictionary(i => (i.Kind, i.Key));
        return new EvidenceDifference(
            then.Values.Where(i => current.TryGetValue((i.Kind, i.Key), out var c) && c.Hash != i.Hash).ToList(),
            then.Values.Where(i => !current.ContainsKey((i.Kind, i.Key))).ToList(),
            current.Values.Where(i => !then.ContainsKey((i.Kind, i.Key))).ToList());
    }
}
