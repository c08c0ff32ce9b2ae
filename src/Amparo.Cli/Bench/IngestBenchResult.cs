using System.Text.Json.Serialization;

namespace Amparo.Cli.Bench;

/// <summary>The one JSON line <c>amparo bench ingest</c> prints.</summary>
public sealed record IngestBenchResult(
    [property: JsonPropertyName("positions_per_s")] double PositionsPerSecond,
    [property: JsonPropertyName("copy_baseline_per_s")] double CopyBaselinePerSecond,
    [property: JsonPropertyName("ratio")] double Ratio,
    [property: JsonPropertyName("p99_ack_ms")] double P99AckMilliseconds,
    [property: JsonPropertyName("p50_ack_ms")] double P50AckMilliseconds,
    [property: JsonPropertyName("devices")] int Devices,
    [property: JsonPropertyName("seconds")] int Seconds,
    [property: JsonPropertyName("positions")] long Positions,
    [property: JsonPropertyName("rows_in_table")] long RowsInTable,
    [property: JsonPropertyName("protocol")] string Protocol,
    [property: JsonPropertyName("fixes_per_frame")] int FixesPerFrame);
