using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Amparo.Server.Pdf;

/// <summary>
/// Lays out one of Amparo's documents top to bottom on A4 pages: wrapped paragraphs, bullets, label–value rows and
/// rules, a new page when one is full, and a footer on every page once the page count is known.
/// </summary>
internal sealed partial class PdfComposer : IDisposable
{
    private const double Side = 62;
    private const double Top = 54;
    private const double Bottom = 62;
    private const double LineSpacing = 1.25;

    private readonly PdfDocument _document = new();
    private readonly Dictionary<PdfStyle, XFont> _fonts = [];
    private XGraphics _graphics;
    private PdfPage _page;
    private double _y;

    public PdfComposer(string title, string subject, DateTime createdAtUtc)
    {
        PdfFonts.EnsureInstalled();
        _document.Info.Title = title;
        _document.Info.Subject = subject;
        _document.Info.Author = "Amparo";
        _document.Info.Creator = "Amparo";
        _document.Info.CreationDate = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
        (_page, _graphics) = NewPage();
    }

    /// <summary>A custom entry of the document's information dictionary (<c>/Name</c>), readable without rendering the pages.</summary>
    public void SetProperty(string name, string value) => _document.Info.Elements.SetString("/" + name, value);

    private double Width => _page.Width.Point - (2 * Side);

    private double Floor => _page.Height.Point - Bottom;

    /// <summary>A paragraph, wrapped; <paramref name="after"/> points below it.</summary>
    public void Paragraph(string text, PdfStyle? style = null, PdfAlign align = PdfAlign.Left, double after = 6, double indent = 0)
    {
        var font = Font(style ?? PdfStyle.Body);
        foreach (var line in PdfTextWrap.Lines(_graphics, text, font, Width - indent))
        {
            DrawLine(line, font, align, indent);
        }

        _y += after;
    }

    /// <summary>A bullet line: a dash, then the text wrapped under itself.</summary>
    public void Bullet(string text, PdfStyle? style = null, double indent = 0)
    {
        var font = Font(style ?? PdfStyle.Body);
        const double hang = 12;
        var first = true;
        foreach (var line in PdfTextWrap.Lines(_graphics, text, font, Width - indent - hang))
        {
            var height = Height(font);
            EnsureSpace(height);
            if (first)
            {
                _graphics.DrawString("–", font, XBrushes.Black, new XRect(Side + indent, _y, hang, height), XStringFormats.TopLeft);
                first = false;
            }

            _graphics.DrawString(line, font, XBrushes.Black, new XRect(Side + indent + hang, _y, Width - indent - hang, height), XStringFormats.TopLeft);
            _y += height;
        }

        _y += 2;
    }

    /// <summary>A label in bold on the left, its value wrapped in the column beside it.</summary>
    public void Field(string label, string value, double labelWidth = 130)
    {
        var bold = Font(PdfStyle.Strong);
        var font = Font(PdfStyle.Body);
        var lines = PdfTextWrap.Lines(_graphics, value, font, Width - labelWidth);
        var height = Height(font);
        EnsureSpace(height);
        _graphics.DrawString(label, bold, XBrushes.Black, new XRect(Side, _y, labelWidth, height), XStringFormats.TopLeft);
        foreach (var line in lines)
        {
            EnsureSpace(height);
            _graphics.DrawString(line, font, XBrushes.Black, new XRect(Side + labelWidth, _y, Width - labelWidth, height), XStringFormats.TopLeft);
            _y += height;
        }

        _y += 2;
    }

    public void Gap(double points) => _y += points;

    /// <summary>A thin line across the text column.</summary>
    public void Rule(double after = 8)
    {
        EnsureSpace(4);
        _graphics.DrawLine(new XPen(XColors.Gray, 0.6), Side, _y + 2, Side + Width, _y + 2);
        _y += 2 + after;
    }

    /// <summary>Starts a new page unless <paramref name="points"/> still fit on this one (keeps a block together).</summary>
    public void EnsureSpace(double points)
    {
        if (_y + points > Floor)
        {
            _graphics.Dispose();
            (_page, _graphics) = NewPage();
        }
    }

    /// <summary>Draws the footer of every page (it may name the page count) and returns the document's bytes.</summary>
    public byte[] Finish(Func<int, int, string> footer)
    {
        ArgumentNullException.ThrowIfNull(footer);
        _graphics.Dispose();
        var font = Font(PdfStyle.Small);
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Bottom + 18;
            graphics.DrawLine(new XPen(XColors.Gray, 0.4), Side, y - 4, page.Width.Point - Side, y - 4);
            graphics.DrawString(footer(i + 1, count), font, XBrushes.DimGray, new XRect(Side, y, page.Width.Point - (2 * Side), Height(font)), XStringFormats.TopCenter);
        }

        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics.Dispose();
        _document.Dispose();
    }

    private void DrawLine(string line, XFont font, PdfAlign align, double indent)
    {
        var height = Height(font);
        EnsureSpace(height);
        var format = align switch
        {
            PdfAlign.Left => XStringFormats.TopLeft,
            PdfAlign.Centre => XStringFormats.TopCenter,
            PdfAlign.Right => XStringFormats.TopRight,
        };
        _graphics.DrawString(line, font, XBrushes.Black, new XRect(Side + indent, _y, Width - indent, height), format);
        _y += height;
    }

    private (PdfPage Page, XGraphics Graphics) NewPage()
    {
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _y = Top;
        return (page, XGraphics.FromPdfPage(page));
    }

    private XFont Font(PdfStyle style)
    {
        if (!_fonts.TryGetValue(style, out var font))
        {
            font = new XFont(PdfFontResolver.Family, style.Size, style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            _fonts[style] = font;
        }

        return font;
    }

    private static double Height(XFont font) => font.Size * LineSpacing;
}
