using System.Globalization;

namespace Amparo.Cli.Bench.Engine;

/// <summary>The bench's figures for a person to read.</summary>
public static class EngineBenchSummary
{
    public static async Task WriteAsync(TextWriter log, EngineBenchResult r, string? firstError)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(r);
        var load = r.Rate > 0 ? string.Create(CultureInfo.InvariantCulture, $"{r.Rate:N0} positions/s offered") : "each fix sent as soon as the last was acknowledged";
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            {r.Cases:N0} cases, {r.Seconds} s, {load}
              evaluated by the grains: {r.PositionsEvaluated:N0} positions, {r.PositionsEvaluatedPerSecond:N0}/s (acknowledgement p50 {r.P50AckMilliseconds} ms, p99 {r.P99AckMilliseconds} ms)
              fix received → alarm on the hub client: {r.AlarmSamples} of {r.Breaches} breaches; p50 {r.P50AlarmMilliseconds} ms, p95 {r.P95AlarmMilliseconds} ms, p99 {r.P99AlarmMilliseconds} ms, max {r.MaxAlarmMilliseconds} ms
              alarms stored: {r.ZoneEntryAlarms} zone entries, {r.OtherAlarms} others; the client got {r.HubAlarmMessages:N0} alarm and {r.HubPositions:N0} position messages
              errors logged: {r.ErrorsLogged} ({r.EngineFailures} engine failures){(firstError is null ? "" : "; first: " + firstError)}
            """));
    }
}
