using System.Globalization;
using PdfSharp.Drawing;

namespace Amparo.Server.Pdf;

/// <summary>Charts drawn as vectors on the page: what people would rather look at than read.</summary>
internal sealed partial class PdfComposer
{
    private static readonly XColor Bar = XColor.FromArgb(74, 35, 90);

    /// <summary>Horizontal bars, one per label, longest to scale, each with its value written after it.</summary>
    public void BarChart(IReadOnlyList<(string Label, double Value)> bars, Func<double, string>? format = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        format ??= v => v.ToString("N0", CultureInfo.CurrentCulture);
        var font = Font(PdfStyle.Small);
        const double labelWidth = 170, height = 11, gap = 4;
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var room = Width - labelWidth - 50;
        foreach (var (label, value) in bars)
        {
            EnsureSpace(height + gap);
            _graphics.DrawString(label, font, XBrushes.Black, new XRect(Side, _y, labelWidth - 6, height), XStringFormats.TopLeft);
            var length = max <= 0 ? 0 : Math.Max(1, room * value / max);
            _graphics.DrawRectangle(new XSolidBrush(Bar), Side + labelWidth, _y + 1, length, height - 2);
            _graphics.DrawString(format(value), font, XBrushes.Black, new XRect(Side + labelWidth + length + 4, _y, 50, height), XStringFormats.TopLeft);
            _y += height + gap;
        }

        _y += 4;
    }

    /// <summary>24 vertical bars, one per hour of the day, with the hours under them every three.</summary>
    public void Histogram(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        const double chartHeight = 90, labels = 12;
        EnsureSpace(chartHeight + labels + 8);
        var font = Font(PdfStyle.Small);
        var max = counts.Count == 0 ? 0 : counts.Max();
        var step = Width / Math.Max(1, counts.Count);
        _graphics.DrawLine(new XPen(XColors.Gray, 0.5), Side, _y + chartHeight, Side + Width, _y + chartHeight);
        for (var i = 0; i < counts.Count; i++)
        {
            var height = max == 0 ? 0 : chartHeight * counts[i] / max;
            if (height > 0)
            {
                _graphics.DrawRectangle(new XSolidBrush(Bar), Side + (i * step) + 1, _y + chartHeight - height, step - 2, height);
                _graphics.DrawString(counts[i].ToString(CultureInfo.CurrentCulture), font, XBrushes.Black,
                    new XRect(Side + (i * step), _y + chartHeight - height - 10, step, 10), XStringFormats.TopCenter);
            }

            if (i % 3 == 0)
            {
                _graphics.DrawString(i.ToString("00", CultureInfo.InvariantCulture), font, XBrushes.DimGray,
                    new XRect(Side + (i * step), _y + chartHeight + 2, step * 3, labels), XStringFormats.TopLeft);
            }
        }

        _y += chartHeight + labels + 8;
    }

    /// <summary>
    /// A value over time (a distance, say) as a line, broken where two samples lie further apart than
    /// <paramref name="gap"/>; a dashed level line (the order's distance) when given; the axis' ends labelled.
    /// </summary>
    public void TimeSeries(IReadOnlyList<(DateTime At, double Value)> samples, DateTime from, DateTime to, TimeSpan gap,
        Func<DateTime, string> timeLabel, Func<double, string> valueLabel, double? level = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(timeLabel);
        ArgumentNullException.ThrowIfNull(valueLabel);
        const double chartHeight = 80, axis = 34, labels = 12;
        EnsureSpace(chartHeight + labels + 8);
        var font = Font(PdfStyle.Small);
        var top = Math.Max(level ?? 0, samples.Count == 0 ? 0 : samples.Max(s => s.Value)) * 1.1;
        top = top <= 0 ? 1 : top;
        var (left, width) = (Side + axis, Width - axis);
        var span = Math.Max(1, (to - from).Ticks);
        XPoint At(DateTime at, double value) => new(left + (width * (at - from).Ticks / span), _y + chartHeight - (chartHeight * value / top));
        var grey = new XPen(XColors.Gray, 0.5);
        _graphics.DrawLine(grey, left, _y + chartHeight, left + width, _y + chartHeight);
        _graphics.DrawLine(grey, left, _y, left, _y + chartHeight);
        _graphics.DrawString(valueLabel(top), font, XBrushes.DimGray, new XRect(Side, _y, axis - 3, 10), XStringFormats.TopRight);
        _graphics.DrawString(valueLabel(0), font, XBrushes.DimGray, new XRect(Side, _y + chartHeight - 9, axis - 3, 10), XStringFormats.TopRight);
        if (level is { } l)
        {
            _graphics.DrawLine(new XPen(XColors.Firebrick, 0.8) { DashStyle = XDashStyle.Dash }, At(from, l), At(to, l));
            _graphics.DrawString(valueLabel(l), font, XBrushes.Firebrick, new XRect(Side, At(from, l).Y - 5, axis - 3, 10), XStringFormats.TopRight);
        }

        var pen = new XPen(Bar, 1.1);
        for (var i = 0; i < samples.Count; i++)
        {
            var point = At(samples[i].At, samples[i].Value);
            _graphics.DrawEllipse(new XSolidBrush(Bar), point.X - 1, point.Y - 1, 2, 2);
            if (i > 0 && samples[i].At - samples[i - 1].At <= gap)
            {
                _graphics.DrawLine(pen, At(samples[i - 1].At, samples[i - 1].Value), point);
            }
        }

        _graphics.DrawString(timeLabel(from), font, XBrushes.DimGray, new XRect(left, _y + chartHeight + 2, 80, labels), XStringFormats.TopLeft);
        _graphics.DrawString(timeLabel(to), font, XBrushes.DimGray, new XRect(left + width - 80, _y + chartHeight + 2, 80, labels), XStringFormats.TopRight);
        _y += chartHeight + labels + 8;
    }
}
