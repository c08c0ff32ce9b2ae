using UglyToad.PdfPig;

namespace Amparo.Server.Tests.Notices;

/// <summary>The words of a PDF, in reading order, joined by single spaces: a phrase wrapped over two lines still matches.</summary>
public static class PdfText
{
    public static string Of(byte[] pdf)
    {
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
