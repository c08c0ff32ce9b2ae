namespace Amparo.Domain.ViolenceMap;

/// <summary>
/// The violence map's grid: events counted in square cells of a side in metres (rows of equal latitude, each row's
/// cells as wide in metres as they are tall), and a cell shown only when at least <c>minimumSources</c> different
/// cases or citizens make it up, so no cell can be read as one woman's home. No event's position leaves here.
/// </summary>
public static class MapGrid
{
    private const double MetresPerDegree = 111_320;

    public static MapGridResult Aggregate(IEnumerable<MapEvent> events, double cellMetres, int minimumSources)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfLessThan(cellMetres, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumSources, 1);
        var latStep = cellMetres / MetresPerDegree;
        var cells = events
            .Where(e => e.Latitude is >= -85 and <= 85 && e.Longitude is >= -180 and <= 180)
            .GroupBy(e =>
            {
                var row = (long)Math.Floor(e.Latitude / latStep);
                var lonStep = LonStep(row, latStep, cellMetres);
                return (row, Column: (long)Math.Floor(e.Longitude / lonStep));
            })
            .Select(g =>
            {
                var lonStep = LonStep(g.Key.row, latStep, cellMetres);
                var counts = new SortedDictionary<string, int>(g.GroupBy(e => e.Kind).ToDictionary(k => k.Key, k => k.Count()), StringComparer.Ordinal);
                return new MapCell(g.Key.row * latStep, g.Key.Column * lonStep, (g.Key.row + 1) * latStep, (g.Key.Column + 1) * lonStep, counts,
                    g.Select(e => e.Source).Distinct(StringComparer.Ordinal).Count());
            })
            .ToList();
        var shown = cells.Where(c => c.Sources >= minimumSources).OrderByDescending(c => c.Total).ToList();
        var hidden = cells.Where(c => c.Sources < minimumSources).ToList();
        return new MapGridResult(cellMetres, minimumSources, shown, hidden.Count, hidden.Sum(c => c.Total));
    }

    /// <summary>A row's cells are as wide in metres as they are tall: narrower in degrees away from the equator.</summary>
    private static double LonStep(long row, double latStep, double cellMetres)
    {
        var centre = (row + 0.5) * latStep;
        return cellMetres / (MetresPerDegree * Math.Max(0.01, Math.Cos(centre * Math.PI / 180)));
    }
}
