using System.Globalization;
using Amparo.Server.Pdf;

namespace Amparo.Server.Integrity;

/// <summary>
/// The block that lets a reader check a document Amparo issued: its id, the hash of the records it was made from and
/// the integrity ledger's last link at issue, in full, and how to check them; in the document's language.
/// </summary>
internal static class DocumentStampSection
{
    private const double LabelWidth = 150;

    public static void Print(PdfComposer pdf, DocumentStamp stamp, string records, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(stamp);
        pdf.EnsureSpace(175);
        pdf.Gap(8);
        pdf.Paragraph(english ? "DOCUMENT INTEGRITY" : "INTEGRIDAD DEL DOCUMENTO", PdfStyle.Heading, after: 6);
        pdf.Field(english ? "Document:" : "Documento:", stamp.DocumentId.ToString("D", CultureInfo.InvariantCulture), LabelWidth);
        pdf.Field(english ? "Records' fingerprint:" : "Huella de los registros:", stamp.RecordsHash, LabelWidth);
        pdf.Field(english ? "Integrity ledger:" : "Libro de integridad:",
            string.Create(CultureInfo.InvariantCulture, $"{(english ? "link" : "enlace")} {stamp.AnchorIndex} · {stamp.AnchorHash}"), LabelWidth);
        pdf.Paragraph(english
            ? $"The fingerprint (SHA-256) sums up {records}. The link is the last of Amparo's integrity ledger (a hash chain of the audit trail, "
                + "closed alarms and issued documents) when it was issued. Running «amparo verify» on this file checks that it is the document "
                + "issued, that its records did not change and that the chain was not rewritten."
            : $"La huella (SHA-256) resume {records}. El enlace es el último del libro de integridad de Amparo (cadena de hashes de la auditoría, "
                + "las alarmas cerradas y los documentos) al emitirlo. Con «amparo verify» sobre este archivo se comprueba que es el documento "
                + "emitido, que sus registros no cambiaron y que la cadena no fue reescrita.",
            PdfStyle.Small, after: 4);
        stamp.Apply(pdf);
    }
}
