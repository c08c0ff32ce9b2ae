namespace Amparo.Server.Pdf;

/// <summary>A text style of Amparo's documents: size in points, bold or not.</summary>
internal sealed record PdfStyle(double Size, bool Bold)
{
    public static PdfStyle Body { get; } = new(10.5, false);

    public static PdfStyle Strong { get; } = new(10.5, true);

    public static PdfStyle Small { get; } = new(8.5, false);

    public static PdfStyle Heading { get; } = new(12, true);

    public static PdfStyle Title { get; } = new(14, true);
}
