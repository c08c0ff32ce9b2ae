namespace Amparo.Domain.Documents;

/// <summary>The kinds of file Amparo keeps (orders, acts, photos, signatures), told by content, never by name.</summary>
public enum FileKind
{
    Pdf,
    Png,
    Jpeg,
    WebP,
}
