namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// Turns a planned day into what the tracker sends: a fix every <see cref="AlarmBenchOptions.MovingInterval"/> while
/// moving and every three times that while still (± 2 s), nothing while it has no sky, and the first fix 5–30 s after
/// it gets the sky back.
/// </summary>
internal sealed class DaySimulator(AlarmBenchOptions options)
{
    public SimulatedDay Simulate(int index)
    {
        var random = new Random(unchecked((options.Seed * 1_000_003) + index));
        var kind = options.KindOf(random.NextDouble());
        var legs = new DayPlanner(random, options.RadiusMetres).Plan(kind);
        var dayStart = AlarmBenchOptions.FirstDay.AddDays(index);
        var fixes = Fixes(dayStart, legs, new GpsReceiver(random, options.OutlierShare), random);
        return new SimulatedDay(kind, fixes, GroundTruth.Episodes(dayStart, legs, fixes, options.RadiusMetres));
    }

    private List<SimulatedFix> Fixes(DateTime dayStart, IReadOnlyList<TrackLeg> legs, GpsReceiver receiver, Random random)
    {
        var fixes = new List<SimulatedFix>(600);
        var legStart = dayStart;
        var at = dayStart + TimeSpan.FromSeconds(random.Between(0, 60));
        foreach (var leg in legs)
        {
            var legEnd = legStart + leg.Duration;
            if (leg.Reception == Reception.None)
            {
                at = legEnd + TimeSpan.FromSeconds(random.Between(5, 30));
            }

            while (at < legEnd)
            {
                var truth = leg.PositionAt(at - legStart);
                var (reported, accuracy, outlier) = receiver.Observe(at, truth, leg.Reception);
                fixes.Add(new SimulatedFix(at, truth, reported, accuracy, leg.Moving, outlier));
                var interval = leg.Moving ? options.MovingInterval : options.MovingInterval * 3;
                at += interval + TimeSpan.FromSeconds(random.Between(-2, 2));
            }

            legStart = legEnd;
        }

        return fixes;
    }
}
