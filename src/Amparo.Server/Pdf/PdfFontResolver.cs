using PdfSharp.Fonts;

namespace Amparo.Server.Pdf;

/// <summary>
/// Serves DejaVu Sans (regular and bold) from this assembly for every family PDFsharp asks for: the PDFs look the same
/// on any machine, with or without fonts installed, and every Spanish letter (á é í ó ú ñ ü « » º) has a glyph.
/// The fonts are unmodified DejaVu 2.37 under the Bitstream Vera licence (Pdf/Fonts/LICENSE), which allows this.
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(PdfFontResolver).Assembly.GetManifestResourceStream($"Amparo.Server.Pdf.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
