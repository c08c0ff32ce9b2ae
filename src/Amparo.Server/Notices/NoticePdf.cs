using Amparo.Server.Integrity;
using Amparo.Server.Pdf;

namespace Amparo.Server.Notices;

/// <summary>
/// Prints a notice as courts write them: the court at the head, "OFICIO N.º …", place and date, the addressee, the
/// subject, the body, the judge's signature block and the integrity stamp; the number and page on every page's foot.
/// </summary>
internal static class NoticePdf
{
    public static byte[] Render(NoticeDocument notice, DocumentStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(stamp);
        using var pdf = new PdfComposer($"Oficio N.º {notice.Number}", $"Expediente N.º {notice.FileNumber}", notice.IssuedAtUtc);
        pdf.Paragraph(notice.Court.ToUpperInvariant(), PdfStyle.Heading, PdfAlign.Centre, after: 2);
        pdf.Paragraph($"Expediente N.º {notice.FileNumber}", PdfStyle.Small, PdfAlign.Centre, after: 4);
        pdf.Rule(after: 14);
        pdf.Paragraph($"OFICIO N.º {notice.Number}", PdfStyle.Title, after: 4);
        pdf.Paragraph(notice.PlaceAndDate, PdfStyle.Body, PdfAlign.Right, after: 16);
        foreach (var line in notice.Text.Addressee.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            pdf.Paragraph(line, PdfStyle.Strong, after: 1);
        }

        pdf.Paragraph("Presente.", PdfStyle.Body, after: 12);
        pdf.Field("Asunto:", notice.Text.Subject, labelWidth: 56);
        pdf.Gap(10);
        foreach (var paragraph in notice.Text.Paragraphs())
        {
            foreach (var line in paragraph)
            {
                if (line.StartsWith("- ", StringComparison.Ordinal))
                {
                    pdf.Bullet(line[2..], indent: 14);
                }
                else
                {
                    pdf.Paragraph(line, after: 1);
                }
            }

            pdf.Gap(7);
        }

        pdf.EnsureSpace(110);
        pdf.Gap(52);
        pdf.Paragraph("________________________________", PdfStyle.Body, PdfAlign.Centre, after: 2);
        pdf.Paragraph(notice.Judge, PdfStyle.Strong, PdfAlign.Centre, after: 1);
        pdf.Paragraph("Juez/a", PdfStyle.Body, PdfAlign.Centre, after: 1);
        pdf.Paragraph(notice.Court, PdfStyle.Body, PdfAlign.Centre, after: 0);
        DocumentStampSection.Print(pdf, stamp, "la orden, cada medida, las partes y sus domicilios con que se redactó este oficio");
        return pdf.Finish((page, pages) => $"Oficio N.º {notice.Number} · Expediente N.º {notice.FileNumber} · Página {page} de {pages}");
    }
}
