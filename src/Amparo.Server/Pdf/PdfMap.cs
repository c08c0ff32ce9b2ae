using PdfSharp.Drawing;

namespace Amparo.Server.Pdf;

/// <summary>
/// A map drawn as vectors, without tiles: areas (zones), lines (tracks) and marks, all in metres east and north of
/// one local origin; the composer fits them to the page at one scale and adds a scale bar and a north arrow.
/// </summary>
internal sealed record PdfMap(IReadOnlyList<PdfMapArea> Areas, IReadOnlyList<PdfMapLine> Lines, IReadOnlyList<PdfMapMark> Marks);

/// <summary>A closed outline, filled translucent; a dashed edge for a band (a pre-alert ring).</summary>
internal sealed record PdfMapArea(IReadOnlyList<(double East, double North)> Ring, XColor Colour, bool Dashed = false);

/// <summary>A track: its points joined in order, each marked with a dot.</summary>
internal sealed record PdfMapLine(IReadOnlyList<(double East, double North)> Points, XColor Colour);

/// <summary>A point to find: a filled circle with a short label beside it.</summary>
internal sealed record PdfMapMark(double East, double North, string Label, XColor Colour);
