using Amparo.Domain.Separation;

namespace Amparo.Domain.Tests.Separation;

public sealed class SeparationSeriesTests
{
    private static readonly DateTime T0 = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Staleness = TimeSpan.FromMinutes(5);

    [Fact]
    public void Measures_each_fix_against_the_other_partys_latest()
    {
        var victim = new[] { new TimedPoint(T0, Places.Home) };
        var aggressor = new[]
        {
            new TimedPoint(T0.AddMinutes(1), Places.North(Places.Home, 800)),
            new TimedPoint(T0.AddMinutes(2), Places.North(Places.Home, 400)),
        };

        var series = SeparationSeries.Build(aggressor, victim, Staleness);

        Assert.Equal([T0.AddMinutes(1), T0.AddMinutes(2)], series.Select(s => s.At));
        Assert.Equal(800, series[0].Metres, 1.0);
        Assert.Equal(400, series[1].Metres, 1.0);
    }

    [Fact]
    public void Leaves_a_gap_where_the_other_track_is_silent_too_long()
    {
        var victim = new[] { new TimedPoint(T0, Places.Home), new TimedPoint(T0.AddMinutes(23), Places.Home) };
        var aggressor = new[]
        {
            new TimedPoint(T0.AddMinutes(2), Places.East(Places.Home, 300)),
            new TimedPoint(T0.AddMinutes(20), Places.East(Places.Home, 200)),
        };

        var series = SeparationSeries.Build(aggressor, victim, Staleness);

        Assert.Equal([T0.AddMinutes(2), T0.AddMinutes(23)], series.Select(s => s.At));
        Assert.Equal(200, series[1].Metres, 1.0);
    }

    [Fact]
    public void Is_empty_without_both_tracks()
    {
        Assert.Empty(SeparationSeries.Build([new TimedPoint(T0, Places.Home)], [], Staleness));
    }

    [Fact]
    public void Thinning_keeps_the_closest_approach()
    {
        var samples = Enumerable.Range(0, 10_000)
            .Select(i => new SeparationSample(T0.AddSeconds(i), i == 4_321 ? 12 : 900 + (i % 50)))
            .ToList();

        var thinned = SeparationSeries.Thin(samples, 300);

        Assert.InRange(thinned.Count, 2, 300);
        Assert.Contains(thinned, s => s.Metres == 12 && s.At == T0.AddSeconds(4_321));
        Assert.Equal(thinned.OrderBy(s => s.At), thinned);
        Assert.Equal(samples.Max(s => s.Metres), thinned.Max(s => s.Metres));
    }

    [Fact]
    public void Thinning_leaves_a_short_series_as_it_is()
    {
        var samples = new[] { new SeparationSample(T0, 10), new SeparationSample(T0.AddSeconds(1), 20) };

        Assert.Same(samples, SeparationSeries.Thin(samples, 300));
    }
}
