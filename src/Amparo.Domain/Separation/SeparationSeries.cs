using Amparo.Domain.Geo;

namespace Amparo.Domain.Separation;

/// <summary>
/// The distance between aggressor and victim over time, from their two tracks as recorded: at every fix of
/// either party, measured to the other's latest fix when that one is recent enough to stand for where she or he
/// still was. Where either track is silent longer than that, the series has a gap rather than a guess.
/// </summary>
public static class SeparationSeries
{
    public static IReadOnlyList<SeparationSample> Build(
        IReadOnlyList<TimedPoint> aggressor, IReadOnlyList<TimedPoint> victim, TimeSpan maxStaleness)
    {
        ArgumentNullException.ThrowIfNull(aggressor);
        ArgumentNullException.ThrowIfNull(victim);
        if (aggressor.Count == 0 || victim.Count == 0)
        {
            return [];
        }

        var projection = new LocalProjection(aggressor[0].Point);
        var samples = new List<SeparationSample>(aggressor.Count + victim.Count);
        TimedPoint? lastAggressor = null;
        TimedPoint? lastVictim = null;
        int a = 0, v = 0;
        while (a < aggressor.Count || v < victim.Count)
        {
            var takeAggressor = v >= victim.Count || (a < aggressor.Count && aggressor[a].At <= victim[v].At);
            var current = takeAggressor ? aggressor[a++] : victim[v++];
            if (takeAggressor)
            {
                lastAggressor = current;
            }
            else
            {
                lastVictim = current;
            }

            if (lastAggressor is { } from && lastVictim is { } to && (current.At - (takeAggressor ? to.At : from.At)) <= maxStaleness)
            {
                samples.Add(new SeparationSample(current.At, projection.DistanceMetres(from.Point, to.Point)));
            }
        }

        return samples;
    }

    /// <summary>
    /// At most <paramref name="maxSamples"/> samples for a chart: the nearest and the farthest of each time bucket,
    /// in time order, so a brief approach is never averaged away.
    /// </summary>
    public static IReadOnlyList<SeparationSample> Thin(IReadOnlyList<SeparationSample> samples, int maxSamples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSamples, 2);
        if (samples.Count <= maxSamples)
        {
            return samples;
        }

        var buckets = maxSamples / 2;
        var start = samples[0].At.Ticks;
        var span = Math.Max(1, samples[^1].At.Ticks - start + 1);
        var thinned = new List<SeparationSample>(maxSamples);
        var index = 0;
        for (var bucket = 0; bucket < buckets && index < samples.Count; bucket++)
        {
            var end = start + (span * (bucket + 1) / buckets);
            SeparationSample? nearest = null, farthest = null;
            for (; index < samples.Count && samples[index].At.Ticks < end; index++)
            {
                var sample = samples[index];
                nearest = nearest is { } n && n.Metres <= sample.Metres ? n : sample;
                farthest = farthest is { } f && f.Metres >= sample.Metres ? f : sample;
            }

            if (nearest is { } low && farthest is { } high)
            {
                thinned.Add(low.At <= high.At ? low : high);
                if (low != high)
                {
                    thinned.Add(low.At <= high.At ? high : low);
                }
            }
        }

        return thinned;
    }
}
