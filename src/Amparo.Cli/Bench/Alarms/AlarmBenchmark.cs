using System.Diagnostics;

namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// Simulates the device-days (each from its own seed, so the figures do not depend on how the days are spread over
/// cores) and scores the naive geofence and Amparo's engine on the very same fixes.
/// </summary>
public static class AlarmBenchmark
{
    public static AlarmBenchResult Run(AlarmBenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var started = Stopwatch.GetTimestamp();
        var simulator = new DaySimulator(options);
        var naive = new DetectorScore();
        var amparo = new DetectorScore();
        long fixes = 0, outliers = 0;
        var breaches = 0;
        var gate = new object();
        Parallel.For(0, options.Days, () => new Tally(), (index, _, tally) =>
        {
            var day = simulator.Simulate(index);
            tally.Fixes += day.Fixes.Count;
            tally.Outliers += day.Fixes.Count(f => f.Outlier);
            tally.Breaches += day.Episodes.Count(e => e.Scored);
            tally.Naive.Add(DetectorScore.Of(day, NaiveGeofence.BreachAlarms(day, options.RadiusMetres), options.RadiusMetres));
            var (alarms, preAlerts) = AmparoGeofence.Run(day, options.RadiusMetres);
            tally.Amparo.Add(DetectorScore.Of(day, alarms, options.RadiusMetres, preAlerts));
            return tally;
        }, tally =>
        {
            lock (gate)
            {
                naive.Add(tally.Naive);
                amparo.Add(tally.Amparo);
                fixes += tally.Fixes;
                outliers += tally.Outliers;
                breaches += tally.Breaches;
            }
        });

        var reduction = naive.FalseAlarms == 0 ? 0 : 1 - (amparo.FalseAlarms / (double)naive.FalseAlarms);
        return new AlarmBenchResult(
            options.Days, options.Seed, options.MovingInterval.TotalSeconds, fixes, outliers, breaches,
            GeofenceFigures.Of(naive, options.Days), GeofenceFigures.Of(amparo, options.Days), Math.Round(reduction, 4),
            Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 1));
    }

    private sealed class Tally
    {
        public DetectorScore Naive { get; } = new();

        public DetectorScore Amparo { get; } = new();

        public long Fixes { get; set; }

        public long Outliers { get; set; }

        public int Breaches { get; set; }
    }
}
