using System.Globalization;
using Amparo.Domain.Maps;
using PdfSharp.Drawing;

namespace Amparo.Server.Pdf;

/// <summary>Maps drawn on the page as vectors, north up, at one scale, with a scale bar and a north arrow.</summary>
internal sealed partial class PdfComposer
{
    private static readonly XColor MapGround = XColor.FromArgb(246, 246, 243);

    public void Map(PdfMap map, double height)
    {
        ArgumentNullException.ThrowIfNull(map);
        EnsureSpace(height + 4);
        var frame = MapFrame.Fit(
            map.Areas.SelectMany(a => a.Ring).Concat(map.Lines.SelectMany(l => l.Points)).Concat(map.Marks.Select(m => (m.East, m.North))),
            Width, height);
        var box = new XRect(Side, _y, Width, height);
        XPoint At((double East, double North) p)
        {
            var (x, y) = frame.ToPaper(p.East, p.North);
            return new XPoint(box.X + x, box.Y + y);
        }

        _graphics.DrawRectangle(new XPen(XColors.Gray, 0.5), new XSolidBrush(MapGround), box);
        var state = _graphics.Save();
        _graphics.IntersectClip(box);
        foreach (var area in map.Areas)
        {
            var pen = new XPen(area.Colour, 0.9) { DashStyle = area.Dashed ? XDashStyle.Dash : XDashStyle.Solid };
            var fill = new XSolidBrush(XColor.FromArgb(area.Dashed ? 18 : 45, area.Colour));
            _graphics.DrawPolygon(pen, fill, area.Ring.Select(At).ToArray(), XFillMode.Winding);
        }

        foreach (var line in map.Lines)
        {
            var points = line.Points.Select(At).ToArray();
            if (points.Length > 1)
            {
                _graphics.DrawLines(new XPen(line.Colour, 1.1) { LineJoin = XLineJoin.Round }, points);
            }

            var dot = new XSolidBrush(line.Colour);
            foreach (var point in points)
            {
                _graphics.DrawEllipse(dot, point.X - 1.2, point.Y - 1.2, 2.4, 2.4);
            }
        }

        var font = Font(PdfStyle.Small);
        foreach (var mark in map.Marks)
        {
            var point = At((mark.East, mark.North));
            _graphics.DrawEllipse(new XPen(XColors.White, 0.8), new XSolidBrush(mark.Colour), point.X - 3.5, point.Y - 3.5, 7, 7);
            _graphics.DrawString(mark.Label, font, XBrushes.Black, new XRect(point.X + 5, point.Y - 5, 80, 10), XStringFormats.TopLeft);
        }

        _graphics.Restore(state);
        ScaleBar(frame, box);
        NorthArrow(box);
        _y += height + 4;
    }

    private void ScaleBar(MapFrame frame, XRect box)
    {
        var metres = frame.ScaleBarMetres(box.Width / 4);
        var length = metres * frame.PointsPerMetre;
        var (x, y) = (box.X + 10, box.Bottom - 12);
        var pen = new XPen(XColors.Black, 1);
        _graphics.DrawLine(pen, x, y, x + length, y);
        _graphics.DrawLine(pen, x, y - 3, x, y + 1);
        _graphics.DrawLine(pen, x + length, y - 3, x + length, y + 1);
        var label = metres >= 1_000 ? (metres / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + " km" : metres.ToString("0", CultureInfo.InvariantCulture) + " m";
        _graphics.DrawString(label, Font(PdfStyle.Small), XBrushes.Black, new XRect(x + length + 4, y - 6, 60, 10), XStringFormats.TopLeft);
    }

    private void NorthArrow(XRect box)
    {
        var (x, y) = (box.Right - 16, box.Y + 8);
        _graphics.DrawPolygon(XBrushes.Black, [new XPoint(x, y), new XPoint(x - 4, y + 12), new XPoint(x + 4, y + 12)], XFillMode.Winding);
        _graphics.DrawString("N", Font(PdfStyle.Small), XBrushes.Black, new XRect(x - 6, y + 13, 12, 10), XStringFormats.TopCenter);
    }
}
