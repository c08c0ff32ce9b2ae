using System.Text.Json.Serialization;

namespace Amparo.Cli.Bench.Partitions;

/// <summary>The one JSON line <c>amparo bench partitions</c> prints: the partitioned table, and the plain one when compared.</summary>
public sealed record PartitionsBenchResult(
    [property: JsonPropertyName("rows_per_month")] int RowsPerMonth,
    [property: JsonPropertyName("devices")] int Devices,
    [property: JsonPropertyName("months")] int Months,
    [property: JsonPropertyName("batch_size")] int BatchSize,
    [property: JsonPropertyName("batches")] int Batches,
    [property: JsonPropertyName("partitioned")] PartitionsBenchVariant Partitioned,
    [property: JsonPropertyName("unpartitioned")] PartitionsBenchVariant? Unpartitioned);

/// <summary>One table layout filled month by month: the fill, the write rate and a day's track in the first and last month.</summary>
public sealed record PartitionsBenchVariant(
    [property: JsonPropertyName("rows")] long Rows,
    [property: JsonPropertyName("fill_s")] double FillSeconds,
    [property: JsonPropertyName("total_bytes")] long TotalBytes,
    [property: JsonPropertyName("write_first_month_rows_per_s")] double WriteFirstMonthRowsPerSecond,
    [property: JsonPropertyName("write_last_month_rows_per_s")] double WriteLastMonthRowsPerSecond,
    [property: JsonPropertyName("track_first_month")] TrackProbeResult TrackFirstMonth,
    [property: JsonPropertyName("track_last_month")] TrackProbeResult TrackLastMonth,
    [property: JsonPropertyName("track_first_month_at_end")] TrackProbeResult TrackFirstMonthAtEnd);

/// <summary>
/// One device's track for one day: its rows, the <c>EXPLAIN (ANALYZE, BUFFERS)</c> of the first run (tables scanned,
/// scan kinds, shared buffers hit and read, planning and execution ms) and the median of the next runs, timed here.
/// </summary>
public sealed record TrackProbeResult(
    [property: JsonPropertyName("rows")] long Rows,
    [property: JsonPropertyName("tables")] IReadOnlyList<string> Tables,
    [property: JsonPropertyName("scans")] IReadOnlyList<string> Scans,
    [property: JsonPropertyName("shared_hit")] long SharedHit,
    [property: JsonPropertyName("shared_read")] long SharedRead,
    [property: JsonPropertyName("planning_ms")] double PlanningMilliseconds,
    [property: JsonPropertyName("execution_ms")] double ExecutionMilliseconds,
    [property: JsonPropertyName("median_ms")] double MedianMilliseconds);
