using Amparo.Domain.Geo;

namespace Amparo.Cli.Bench.Engine;

/// <summary>
/// Where a bench case's parties are. The aggressor circles the victim's home at 1,500 m at 5 m/s, outside the home
/// zone (500 m) and its pre-alert band (another 500 m), so every fix runs the zone, proximity and approach rules
/// without proving anything: the distance to the home never closes. The victim stays at work 6 km south, beyond
/// the proximity band and the approach rule's reach. A breach is one fix 100 m inside the home zone, 30 s after the
/// last (a plausible 36 m/s, so the fix filter believes it), more than the fix's accuracy deep: it proves entry alone.
/// </summary>
public static class BenchTrack
{
    public const double HomeRadiusMetres = 500;
    public const double ProximityRadiusMetres = 300;
    public const double OrbitMetres = 1_500;
    public const double BreachDepthMetres = 100;
    public const double SpeedMetresPerSecond = 5;
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan BreachStep = TimeSpan.FromSeconds(30);

    private const double MetresPerDegreeLatitude = 110_662.86;
    private const double VictimSouthMetres = 6_000;

    /// <summary>Radians the aggressor turns around the home per <see cref="Step"/>.</summary>
    public static double TurnPerStep => SpeedMetresPerSecond * Step.TotalSeconds / OrbitMetres;

    /// <summary>Homes on a grid over Arequipa, 400 m apart.</summary>
    public static GeoPoint Home(int index) =>
        new(-16.30 - index % 50 * 0.0036, -71.45 - index / 50 * 0.0036);

    public static GeoPoint Orbit(GeoPoint home, double angle) => Polar(home, OrbitMetres, angle);

    public static GeoPoint Inside(GeoPoint home, double angle) => Polar(home, HomeRadiusMetres - BreachDepthMetres, angle);

    /// <summary>At work, with a metre of jitter as a parked phone shows.</summary>
    public static GeoPoint Victim(GeoPoint home, int round) =>
        Offset(home, -VictimSouthMetres + (round % 3 - 1), round % 2);

    private static GeoPoint Polar(GeoPoint centre, double metres, double angle) =>
        Offset(centre, metres * Math.Cos(angle), metres * Math.Sin(angle));

    private static GeoPoint Offset(GeoPoint from, double northMetres, double eastMetres)
    {
        var metresPerDegreeLongitude = MetresPerDegreeLatitude * Math.Cos(from.Latitude * Math.PI / 180);
        return new GeoPoint(from.Latitude + northMetres / MetresPerDegreeLatitude, from.Longitude + eastMetres / metresPerDegreeLongitude);
    }
}
