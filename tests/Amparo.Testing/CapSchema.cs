using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Amparo.Testing;

/// <summary>The official CAP 1.2 schema, read in place from shared/reference/cap.</summary>
public static class CapSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet();
        using var reader = XmlReader.Create(Path.Combine(SharedFiles.Root, "reference", "cap", "CAP-v1.2.xsd"));
        set.Add("urn:oasis:names:tc:emergency:cap:1.2", reader);
        set.Compile();
        return set;
    });

    /// <summary>Every validation error and warning; empty when the document is valid CAP 1.2.</summary>
    public static IReadOnlyList<string> Problems(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<string>();
        document.Validate(Schemas.Value, (_, e) => problems.Add($"{e.Severity}: {e.Message}"));
        return problems;
    }

    public static IReadOnlyList<string> Problems(string xml) => Problems(XDocument.Parse(xml));
}
