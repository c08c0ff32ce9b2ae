using PdfSharp.Fonts;

namespace Amparo.Server.Pdf;

/// <summary>Installs the one font resolver PDFsharp allows per process, once, before any PDF is drawn.</summary>
internal static class PdfFonts
{
    private static readonly PdfFontResolver Resolver = new();
    private static readonly Lock Gate = new();

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Resolver))
            {
                GlobalFontSettings.FontResolver = Resolver;
            }
        }
    }
}
