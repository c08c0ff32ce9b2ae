namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// The aggressor's true day: home until the morning, work, one outing in the late afternoon (an errand far from the
/// zone, or the near-zone episode the day's <see cref="DayKind"/> asks for), home for the night. Home and work are
/// 1–10 km from the protected home; ordinary travel keeps 300 m from the zone's boundary.
/// </summary>
internal sealed class DayPlanner(Random random, double radius)
{
    private const double OrdinaryClearance = 300;
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private readonly List<TrackLeg> _legs = [];
    private TimeSpan _elapsed;
    private PlanePoint _at;

    public IReadOnlyList<TrackLeg> Plan(DayKind kind)
    {
        var home = PlanePoint.Polar(random.Between(radius + 1000, 10_000), random.Angle());
        var work = PlanePoint.Polar(random.Between(radius + 1000, 12_000), random.Angle());
        _at = home;
        StayUntil(TimeSpan.FromHours(random.Between(6.5, 9)), Reception.Indoors);
        Go(work);
        StayUntil(TimeSpan.FromHours(random.Between(14, 18)), Reception.Indoors);
        new ZoneEncounter(this, random, radius).Add(kind);
        Go(home);
        StayUntil(Day, Reception.Indoors);
        return _legs;
    }

    /// <summary>An errand far from the zone: somewhere in town, 10–60 minutes inside.</summary>
    internal void Errand()
    {
        Go(PlanePoint.Polar(random.Between(radius + 800, 8_000), random.Angle()));
        Stay(random.Minutes(10, 60), Reception.Indoors);
    }

    /// <summary>Goes to <paramref name="to"/> around the zone, walking if it is near, driving otherwise.</summary>
    internal void Go(PlanePoint to)
    {
        var path = DetourRoute.Between(_at, to, radius, OrdinaryClearance);
        Travel(path, _at.DistanceTo(to) < 1500 ? WalkingSpeed() : DrivingSpeed(), Reception.Street);
    }

    internal void Travel(IReadOnlyList<PlanePoint> path, double speedMps, Reception reception) =>
        Add(TrackLeg.Travel(path, speedMps, reception));

    internal void Stay(TimeSpan duration, Reception reception) => Add(TrackLeg.Stay(_at, duration, reception));

    /// <summary>Moves from here to <paramref name="to"/> in <paramref name="duration"/> without a single fix.</summary>
    internal void Silently(PlanePoint to, TimeSpan duration) => Add(new TrackLeg([_at, to], duration, Reception.None));

    internal double WalkingSpeed() => random.Between(1.1, 1.6);

    internal double DrivingSpeed() => random.Between(6, 14);

    internal PlanePoint At => _at;

    private void StayUntil(TimeSpan timeOfDay, Reception reception) =>
        Stay(timeOfDay > _elapsed + TimeSpan.FromMinutes(1) ? timeOfDay - _elapsed : TimeSpan.FromMinutes(1), reception);

    private void Add(TrackLeg leg)
    {
        _legs.Add(leg);
        _elapsed += leg.Duration;
        _at = leg.End;
    }
}
