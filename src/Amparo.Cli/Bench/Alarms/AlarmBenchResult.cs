using System.Text.Json.Serialization;

namespace Amparo.Cli.Bench.Alarms;

/// <summary>The one JSON line <c>amparo bench alarms</c> prints: the naive geofence and Amparo on the same fixes.</summary>
public sealed record AlarmBenchResult(
    [property: JsonPropertyName("days")] int Days,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("interval_s")] double IntervalSeconds,
    [property: JsonPropertyName("fixes")] long Fixes,
    [property: JsonPropertyName("outliers")] long Outliers,
    [property: JsonPropertyName("true_breaches")] int TrueBreaches,
    [property: JsonPropertyName("naive")] GeofenceFigures Naive,
    [property: JsonPropertyName("amparo")] GeofenceFigures Amparo,
    [property: JsonPropertyName("false_alarm_reduction")] double FalseAlarmReduction,
    [property: JsonPropertyName("seconds")] double Seconds);
