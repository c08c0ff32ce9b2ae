namespace Amparo.Domain.ViolenceMap;

/// <summary>A cell of the map's grid: its bounds, how many events of each kind fell in it, and from how many sources.</summary>
public sealed record MapCell(double South, double West, double North, double East, IReadOnlyDictionary<string, int> Counts, int Sources)
{
    public int Total => Counts.Values.Sum();
}
