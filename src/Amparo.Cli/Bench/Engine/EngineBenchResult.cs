using System.Text.Json.Serialization;

namespace Amparo.Cli.Bench.Engine;

/// <summary>The one JSON line <c>amparo bench engine</c> prints.</summary>
public sealed record EngineBenchResult(
    [property: JsonPropertyName("positions_evaluated_per_s")] double PositionsEvaluatedPerSecond,
    [property: JsonPropertyName("p50_alarm_ms")] double? P50AlarmMilliseconds,
    [property: JsonPropertyName("p95_alarm_ms")] double? P95AlarmMilliseconds,
    [property: JsonPropertyName("p99_alarm_ms")] double? P99AlarmMilliseconds,
    [property: JsonPropertyName("max_alarm_ms")] double? MaxAlarmMilliseconds,
    [property: JsonPropertyName("alarm_samples")] int AlarmSamples,
    [property: JsonPropertyName("breaches")] int Breaches,
    [property: JsonPropertyName("p50_ack_ms")] double? P50AckMilliseconds,
    [property: JsonPropertyName("p99_ack_ms")] double? P99AckMilliseconds,
    [property: JsonPropertyName("positions_evaluated")] long PositionsEvaluated,
    [property: JsonPropertyName("engine_failures")] long EngineFailures,
    [property: JsonPropertyName("errors_logged")] long ErrorsLogged,
    [property: JsonPropertyName("zone_entry_alarms")] int ZoneEntryAlarms,
    [property: JsonPropertyName("other_alarms")] int OtherAlarms,
    [property: JsonPropertyName("hub_alarm_messages")] long HubAlarmMessages,
    [property: JsonPropertyName("hub_positions")] long HubPositions,
    [property: JsonPropertyName("cases")] int Cases,
    [property: JsonPropertyName("seconds")] int Seconds,
    [property: JsonPropertyName("rate")] int Rate);
