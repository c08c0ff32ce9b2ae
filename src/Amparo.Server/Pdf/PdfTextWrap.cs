using PdfSharp.Drawing;

namespace Amparo.Server.Pdf;

/// <summary>Breaks a text into lines that fit a width: at spaces, and inside a word only when the word alone is too long.</summary>
internal static class PdfTextWrap
{
    public static IReadOnlyList<string> Lines(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (graphics.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (graphics.MeasureString(line, font).Width > width && line.Length > 1)
            {
                var fits = Enumerable.Range(1, line.Length - 1).Last(n => n == 1 || graphics.MeasureString(line[..n], font).Width <= width);
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
