namespace Amparo.Cli.Bench.Alarms;

/// <summary>The true breaches of a day, from its legs sampled every few seconds.</summary>
internal static class GroundTruth
{
    /// <summary>Shorter stays inside (a car cutting a corner) are neither counted as missed nor as detected.</summary>
    public static readonly TimeSpan MinimumBreach = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan Step = TimeSpan.FromSeconds(2);

    public static List<BreachEpisode> Episodes(DateTime dayStart, IReadOnlyList<TrackLeg> legs, IReadOnlyList<SimulatedFix> fixes, double radius)
    {
        var episodes = new List<BreachEpisode>();
        DateTime? enteredAt = null;
        var legStart = dayStart;
        foreach (var leg in legs)
        {
            // Legs far from the zone cannot enter it: skip them whole.
            var near = leg.Path.Any(p => p.FromCentre < radius + 5000);
            for (var offset = TimeSpan.Zero; near && offset < leg.Duration; offset += Step)
            {
                var inside = leg.PositionAt(offset).FromCentre <= radius;
                var at = legStart + offset;
                if (inside && enteredAt is null)
                {
                    enteredAt = at;
                }
                else if (!inside && enteredAt is { } start)
                {
                    episodes.Add(Episode(start, at - Step, fixes, radius));
                    enteredAt = null;
                }
            }

            legStart += leg.Duration;
        }

        if (enteredAt is { } open)
        {
            episodes.Add(Episode(open, legStart, fixes, radius));
        }

        return episodes;
    }

    private static BreachEpisode Episode(DateTime start, DateTime end, IReadOnlyList<SimulatedFix> fixes, double radius)
    {
        var first = -1;
        for (var i = 0; i < fixes.Count && fixes[i].At <= end; i++)
        {
            if (fixes[i].At >= start && fixes[i].Truth.FromCentre <= radius && !fixes[i].Outlier)
            {
                first = i;
                break;
            }
        }

        return new BreachEpisode(start, end, first);
    }
}
