using System.Globalization;
using System.Xml.Linq;

namespace Amparo.Domain.Dispatch;

/// <summary>Writes a <see cref="CapAlert"/> as a CAP 1.2 document, elements in the schema's order.</summary>
public static class CapWriter
{
    public static readonly XNamespace Namespace = "urn:oasis:names:tc:emergency:cap:1.2";

    public const string MediaType = "application/cap+xml";

    public static XDocument Write(CapAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var root = new XElement(Namespace + "alert",
            Element("identifier", alert.Identifier),
            Element("sender", alert.Sender),
            Element("sent", CapDateTime.Format(alert.Sent)),
            Element("status", alert.Exercise ? "Exercise" : "Actual"),
            Element("msgType", alert.MessageType.ToString()),
            Element("scope", "Restricted"),
            Element("restriction", alert.Restriction),
            alert.References is null ? null : Element("references", alert.References),
            Info(alert.Info));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>The document as UTF-8 text with its declaration.</summary>
    public static string ToXml(CapAlert alert)
    {
        var document = Write(alert);
        using var writer = new Utf8StringWriter();
        document.Save(writer);
        return writer.ToString();
    }

    private static XElement Info(CapInfo info) => new(Namespace + "info",
        Element("language", info.Language),
        Element("category", "Security"),
        Element("event", info.Event),
        Element("urgency", info.Grade.Urgency),
        Element("severity", info.Grade.Severity),
        Element("certainty", info.Grade.Certainty),
        Element("senderName", info.SenderName),
        Element("headline", info.Headline),
        Element("description", info.Description),
        Element("instruction", info.Instruction),
        Element("contact", info.Contact),
        info.Parameters.Select(p => new XElement(Namespace + "parameter", Element("valueName", p.Key), Element("value", p.Value))),
        new XElement(Namespace + "area",
            Element("areaDesc", info.Area.Description),
            Element("circle", Circle(info.Area))));

    /// <summary>"lat,lon radius" with the radius in kilometres, as CAP's circle says.</summary>
    private static string Circle(CapArea area) =>
        string.Create(CultureInfo.InvariantCulture, $"{area.Latitude:0.######},{area.Longitude:0.######} {area.RadiusMetres / 1000:0.###}");

    private static XElement Element(string name, string value) => new(Namespace + name, value);

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
