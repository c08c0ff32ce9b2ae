namespace Amparo.Domain.Maps;

/// <summary>
/// Fits a region measured in metres (east, north) into a box on paper: one scale for both axes so distances stay
/// true, the region centred, north up, a margin left free. <see cref="ToPaper"/> turns metres into the box's
/// coordinates (x right, y down from the box's top left).
/// </summary>
public sealed record MapFrame(double MinEast, double MinNorth, double MaxEast, double MaxNorth, double Width, double Height, double PointsPerMetre)
{
    /// <summary>The smallest span a map shows, so a man standing still still has streets' worth of room around him.</summary>
    public const double MinimumSpanMetres = 200;

    private static readonly double[] RoundSteps = [5, 2, 1];

    public static MapFrame Fit(IEnumerable<(double East, double North)> points, double width, double height, double marginShare = 0.06)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        double minE = double.MaxValue, minN = double.MaxValue, maxE = double.MinValue, maxN = double.MinValue;
        foreach (var (east, north) in points)
        {
            (minE, maxE) = (Math.Min(minE, east), Math.Max(maxE, east));
            (minN, maxN) = (Math.Min(minN, north), Math.Max(maxN, north));
        }

        if (minE > maxE)
        {
            (minE, maxE, minN, maxN) = (0, 0, 0, 0);
        }

        var spanE = Math.Max(maxE - minE, MinimumSpanMetres) * (1 + (2 * marginShare));
        var spanN = Math.Max(maxN - minN, MinimumSpanMetres) * (1 + (2 * marginShare));
        var scale = Math.Min(width / spanE, height / spanN);
        var (centreE, centreN) = ((minE + maxE) / 2, (minN + maxN) / 2);
        var (halfE, halfN) = (width / scale / 2, height / scale / 2);
        return new MapFrame(centreE - halfE, centreN - halfN, centreE + halfE, centreN + halfN, width, height, scale);
    }

    public (double X, double Y) ToPaper(double east, double north) => ((east - MinEast) * PointsPerMetre, (MaxNorth - north) * PointsPerMetre);

    /// <summary>The length of a scale bar no longer than <paramref name="maxPoints"/>: 1, 2 or 5 times a power of ten metres.</summary>
    public double ScaleBarMetres(double maxPoints)
    {
        var most = maxPoints / PointsPerMetre;
        var power = Math.Pow(10, Math.Floor(Math.Log10(most)));
        return RoundSteps.Select(f => f * power).First(m => m <= most);
    }
}
