using System.Globalization;

namespace Amparo.Cli.Bench.Alarms;

/// <summary>The side-by-side table <c>amparo bench alarms</c> prints before its JSON line.</summary>
internal static class AlarmBenchTable
{
    public static string Format(AlarmBenchResult result)
    {
        var naive = result.Naive;
        var amparo = result.Amparo;
        var lines = new List<string>
        {
            Invariant($"{result.Days} device-days, seed {result.Seed}, a fix every {result.IntervalSeconds} s moving ({result.IntervalSeconds * 3} s still), {result.Fixes} fixes ({result.Outliers} outliers), {result.TrueBreaches} true breaches, {result.Seconds} s"),
            "",
            Row("", "naive geofence", "Amparo"),
            Row("false alarms per device-day", naive.FalseAlarmsPerDay, amparo.FalseAlarmsPerDay),
            Row("false alarms", naive.FalseAlarms, amparo.FalseAlarms),
        };
        foreach (var kind in naive.FalseAlarmsByDayKind.Keys)
        {
            lines.Add(Row($"  on {kind} days", naive.FalseAlarmsByDayKind[kind], amparo.FalseAlarmsByDayKind[kind]));
        }

        lines.AddRange(
        [
            Row("true breaches detected", naive.Detected, amparo.Detected),
            Row("true breaches missed", naive.Missed, amparo.Missed),
            Row("duplicate alarms in a breach", naive.Duplicates, amparo.Duplicates),
            Row("breach delay median (s)", naive.DelayMedianSeconds, amparo.DelayMedianSeconds),
            Row("breach delay p95 (s)", naive.DelayP95Seconds, amparo.DelayP95Seconds),
            Row("breach delay median (fixes)", naive.DelayMedianFixes, amparo.DelayMedianFixes),
            Row("breach delay p95 (fixes)", naive.DelayP95Fixes, amparo.DelayP95Fixes),
            Row("breach delay max (fixes)", naive.DelayMaxFixes, amparo.DelayMaxFixes),
            Row("breaches alarmed after > 2 fixes", naive.DelayedBeyondTwoFixes, amparo.DelayedBeyondTwoFixes),
            Row("pre-alerts per device-day", "-", amparo.PreAlertsPerDay),
            "",
            Invariant($"Amparo raises {result.FalseAlarmReduction:P1} fewer false alarms than the naive geofence."),
        ]);
        return string.Join(Environment.NewLine, lines);
    }

    private static string Row(string label, object naive, object amparo) =>
        Invariant($"{label,-32} {naive,16} {amparo,12}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
