using System.Text.Json.Serialization;

namespace Amparo.Cli.Bench.Alarms;

/// <summary>One geofence's figures.</summary>
public sealed record GeofenceFigures(
    [property: JsonPropertyName("alarms")] int Alarms,
    [property: JsonPropertyName("false_alarms")] int FalseAlarms,
    [property: JsonPropertyName("false_alarms_per_day")] double FalseAlarmsPerDay,
    [property: JsonPropertyName("false_alarms_by_day_kind")] IReadOnlyDictionary<string, int> FalseAlarmsByDayKind,
    [property: JsonPropertyName("detected")] int Detected,
    [property: JsonPropertyName("missed")] int Missed,
    [property: JsonPropertyName("duplicates")] int Duplicates,
    [property: JsonPropertyName("delay_median_s")] double DelayMedianSeconds,
    [property: JsonPropertyName("delay_p95_s")] double DelayP95Seconds,
    [property: JsonPropertyName("delay_median_fixes")] double DelayMedianFixes,
    [property: JsonPropertyName("delay_p95_fixes")] double DelayP95Fixes,
    [property: JsonPropertyName("delay_max_fixes")] int DelayMaxFixes,
    [property: JsonPropertyName("delayed_beyond_two_fixes")] int DelayedBeyondTwoFixes,
    [property: JsonPropertyName("pre_alerts_per_day")] double PreAlertsPerDay)
{
    public static GeofenceFigures Of(DetectorScore score, int days)
    {
        ArgumentNullException.ThrowIfNull(score);
        var seconds = score.DelaySeconds.Order().ToArray();
        var fixes = score.DelayFixes.Select(f => (double)f).Order().ToArray();
        return new GeofenceFigures(
            score.Alarms, score.FalseAlarms, Math.Round(score.FalseAlarms / (double)days, 4),
            Enum.GetValues<DayKind>().ToDictionary(k => k.ToString(), k => score.FalseAlarmsByKind[(int)k]),
            score.Detected, score.Missed, score.Duplicates,
            Percentile(seconds, 0.5), Percentile(seconds, 0.95), Percentile(fixes, 0.5), Percentile(fixes, 0.95),
            score.DelayFixes.Count == 0 ? 0 : score.DelayFixes.Max(), score.DelayFixes.Count(f => f > 2), Math.Round(score.PreAlerts / (double)days, 3));
    }

    /// <summary>Nearest rank; 0 when there is nothing to rank.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 1);
}
