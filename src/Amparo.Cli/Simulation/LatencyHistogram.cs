namespace Amparo.Cli.Simulation;

/// <summary>
/// Acknowledgement latencies in logarithmic buckets 2 % wide from 10 µs: constant memory however long the run,
/// safe to add to from every device at once, percentiles within 2 %.
/// </summary>
public sealed class LatencyHistogram
{
    private const double Smallest = 0.01;
    private static readonly double Step = Math.Log(1.02);
    private readonly long[] _buckets = new long[1200];
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Add(double milliseconds)
    {
        var bucket = milliseconds <= Smallest ? 0 : Math.Min(_buckets.Length - 1, (int)(Math.Log(milliseconds / Smallest) / Step) + 1);
        Interlocked.Increment(ref _buckets[bucket]);
        Interlocked.Increment(ref _count);
    }

    /// <summary>The upper edge of the bucket that holds percentile <paramref name="p"/> (0..1), in milliseconds; null when empty.</summary>
    public double? Percentile(double p)
    {
        var count = Count;
        if (count == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(p * count));
        long seen = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            seen += Interlocked.Read(ref _buckets[i]);
            if (seen >= rank)
            {
                return Math.Round(Smallest * Math.Exp(Step * i), 2);
            }
        }

        return Math.Round(Smallest * Math.Exp(Step * (_buckets.Length - 1)), 2);
    }
}
