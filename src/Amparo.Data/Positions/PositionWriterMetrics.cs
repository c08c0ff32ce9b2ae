using System.Diagnostics.Metrics;

namespace Amparo.Data.Positions;

/// <summary>Batch size, commit latency and positions stored, for OpenTelemetry (meter <c>Amparo.Data</c>).</summary>
public static class PositionWriterMetrics
{
    public const string MeterName = "Amparo.Data";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Stored = Meter.CreateCounter<long>("amparo.positions.committed", "{position}");
    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>("amparo.positions.batch_size", "{position}");
    private static readonly Histogram<double> CommitLatency = Meter.CreateHistogram<double>("amparo.positions.commit_latency", "ms");

    public static void RecordBatch(int count, TimeSpan elapsed)
    {
        Stored.Add(count);
        BatchSize.Record(count);
        CommitLatency.Record(elapsed.TotalMilliseconds);
    }
}
