namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// One stretch of the aggressor's true day: standing at one place (a path of one point) or going along a path at a
/// steady speed. The true position at any moment is known, which is the ground truth the alarms are judged by.
/// </summary>
public sealed record TrackLeg(IReadOnlyList<PlanePoint> Path, TimeSpan Duration, Reception Reception)
{
    public bool Moving => Path.Count > 1;

    public PlanePoint End => Path[^1];

    public static TrackLeg Stay(PlanePoint place, TimeSpan duration, Reception reception) => new([place], duration, reception);

    public static TrackLeg Travel(IReadOnlyList<PlanePoint> path, double speedMps, Reception reception) =>
        new(path, TimeSpan.FromSeconds(Math.Max(1, Length(path) / speedMps)), reception);

    /// <summary>Where the aggressor truly is <paramref name="elapsed"/> into the leg.</summary>
    public PlanePoint PositionAt(TimeSpan elapsed)
    {
        if (!Moving)
        {
            return Path[0];
        }

        var remaining = Length(Path) * Math.Clamp(elapsed / Duration, 0, 1);
        for (var i = 1; i < Path.Count; i++)
        {
            var piece = Path[i - 1].DistanceTo(Path[i]);
            if (remaining <= piece)
            {
                return piece == 0 ? Path[i] : Path[i - 1].Towards(Path[i], remaining / piece);
            }

            remaining -= piece;
        }

        return End;
    }

    private static double Length(IReadOnlyList<PlanePoint> path)
    {
        var length = 0.0;
        for (var i = 1; i < path.Count; i++)
        {
            length += path[i - 1].DistanceTo(path[i]);
        }

        return length;
    }
}
