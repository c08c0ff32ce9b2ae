namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// What <c>amparo bench alarms</c> simulates. Near-zone days are over-represented (half of all days) so that a few
/// thousand device-days hold hundreds of true breaches and hard passes; rates per device-day are rates of this mix.
/// </summary>
public sealed record AlarmBenchOptions
{
    public static readonly DateTime FirstDay = new(2026, 1, 5, 5, 0, 0, DateTimeKind.Utc);

    public int Days { get; init; } = 3000;

    public int Seed { get; init; } = 1;

    public TimeSpan MovingInterval { get; init; } = TimeSpan.FromSeconds(60);

    public double RadiusMetres { get; init; } = 500;

    public double OutlierShare { get; init; } = 0.005;

    /// <summary>Shares of each kind of day, in <see cref="DayKind"/> order; they add up to one.</summary>
    public IReadOnlyList<double> KindShares { get; init; } = [0.50, 0.18, 0.12, 0.12, 0.08];

    public DayKind KindOf(double draw)
    {
        for (var i = 0; i < KindShares.Count; i++)
        {
            draw -= KindShares[i];
            if (draw < 0)
            {
                return (DayKind)i;
            }
        }

        return DayKind.Ordinary;
    }
}
