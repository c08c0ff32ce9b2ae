namespace Amparo.Cli.Bench;

public static class Percentiles
{
    /// <summary>The nearest-rank percentile <paramref name="p"/> (0..1) of values sorted ascending, in two decimals; null when there are none.</summary>
    public static double? Of(double[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Length == 0 ? null : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)], 2);
    }
}
