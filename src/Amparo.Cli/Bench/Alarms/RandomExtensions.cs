namespace Amparo.Cli.Bench.Alarms;

/// <summary>The draws the simulation needs from a seeded <see cref="Random"/>.</summary>
internal static class RandomExtensions
{
    public static double Between(this Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    public static TimeSpan Minutes(this Random random, double min, double max) => TimeSpan.FromMinutes(random.Between(min, max));

    public static double Angle(this Random random) => random.NextDouble() * 2 * Math.PI;

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Gaussian(this Random random)
    {
        var u = 1.0 - random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
