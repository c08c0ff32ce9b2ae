namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// A maximal stretch of the true track inside the zone. <see cref="FirstFix"/> is the index of the first fix sent
/// while truly inside (-1 if none was), not counting multipath outliers (a fix 200–2,000 m off says nothing of the
/// breach); delays are measured from it, the first moment any system could know.
/// Episodes shorter than <see cref="GroundTruth.MinimumBreach"/> are not scored.
/// </summary>
public sealed record BreachEpisode(DateTime Start, DateTime End, int FirstFix)
{
    public bool Scored => End - Start >= GroundTruth.MinimumBreach && FirstFix >= 0;

    /// <summary>Within the episode, give or take the truth's sampling step.</summary>
    public bool Contains(DateTime at) => at >= Start - GroundTruth.Step && at <= End + GroundTruth.Step;
}
