namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// The part of a day near the protected home (a zone of <c>radius</c> around the plane's origin): passing along its
/// boundary just outside, waiting just outside, or entering it, in plain sight or after a silence.
/// </summary>
internal sealed class ZoneEncounter(DayPlanner day, Random random, double radius)
{
    private const double Staging = 600;

    public void Add(DayKind kind)
    {
        switch (kind)
        {
            case DayKind.Ordinary:
                day.Errand();
                break;
            case DayKind.SkirtsBoundary:
                SkirtBoundary();
                break;
            case DayKind.DwellsNearBoundary:
                DwellNearBoundary();
                break;
            case DayKind.Breach:
                Breach(afterSilence: false);
                break;
            case DayKind.BreachAfterSilence:
                Breach(afterSilence: true);
                break;
        }
    }

    /// <summary>One or two passes along a street that follows the boundary 20–60 m outside, for 30–120°.</summary>
    private void SkirtBoundary()
    {
        var street = radius + random.Between(20, 60);
        var angle = random.Angle();
        var sweep = random.Between(Math.PI / 6, 2 * Math.PI / 3) * (random.Chance(0.5) ? 1 : -1);
        var speed = random.Chance(0.6) ? day.WalkingSpeed() : day.DrivingSpeed();
        var passes = random.Chance(0.35) ? 2 : 1;
        day.Go(PlanePoint.Polar(radius + Staging, angle));
        for (var pass = 0; pass < passes; pass++)
        {
            var from = angle + (pass % 2 == 0 ? 0 : sweep);
            var along = pass % 2 == 0 ? sweep : -sweep;
            var path = new List<PlanePoint> { day.At };
            var steps = (int)Math.Ceiling(Math.Abs(along) / (Math.PI / 36));
            for (var i = 0; i <= steps; i++)
            {
                path.Add(PlanePoint.Polar(street, from + (along * i / steps)));
            }

            path.Add(PlanePoint.Polar(radius + Staging, from + along));
            day.Travel(path, speed, Reception.Street);
        }
    }

    /// <summary>10–60 minutes at a bus stop or a shop 20–80 m outside the boundary.</summary>
    private void DwellNearBoundary()
    {
        var angle = random.Angle();
        day.Go(PlanePoint.Polar(radius + Staging, angle));
        day.Travel([day.At, PlanePoint.Polar(radius + random.Between(20, 80), angle)], day.WalkingSpeed(), Reception.Street);
        day.Stay(random.Minutes(10, 60), random.Chance(0.5) ? Reception.Street : Reception.Indoors);
        day.Travel([day.At, PlanePoint.Polar(radius + Staging, angle)], day.WalkingSpeed(), Reception.Street);
    }

    /// <summary>
    /// Into the zone, to the home itself (within 150 m of it) or 30–150 m past the boundary, and 5–30 minutes there,
    /// standing or walking about; in plain sight, or silent for 2–20 minutes from 100–400 m outside to inside.
    /// </summary>
    private void Breach(bool afterSilence)
    {
        var angle = random.Angle();
        var deep = random.Chance(0.55);
        var target = deep
            ? PlanePoint.Polar(random.Between(0, 150), random.Angle())
            : PlanePoint.Polar(radius - random.Between(30, 150), angle + random.Between(-0.2, 0.2));
        var margin = Math.Max(10, radius - target.FromCentre - 10);
        var walking = random.Chance(0.6);
        day.Go(PlanePoint.Polar(radius + Staging, angle));
        if (afterSilence)
        {
            day.Travel([day.At, PlanePoint.Polar(radius + random.Between(100, 400), angle)], day.WalkingSpeed(), Reception.Street);
            day.Silently(target, random.Minutes(2, 20));
        }
        else
        {
            day.Travel([day.At, target], walking ? day.WalkingSpeed() : day.DrivingSpeed(), Reception.Street);
        }

        var stay = random.Minutes(5, 30);
        if (random.Chance(0.5))
        {
            day.Stay(stay, afterSilence ? Reception.Indoors : Reception.Open);
        }
        else
        {
            Wander(target, Math.Min(40, margin), stay);
        }

        var exit = PlanePoint.Polar(radius + Staging, angle + random.Between(-1, 1));
        day.Travel([day.At, exit], walking ? day.WalkingSpeed() : day.DrivingSpeed(), Reception.Street);
    }

    /// <summary>Walks slowly about <paramref name="centre"/>, never farther than <paramref name="reach"/> from it.</summary>
    private void Wander(PlanePoint centre, double reach, TimeSpan duration)
    {
        var path = new List<PlanePoint> { day.At };
        var speed = random.Between(0.3, 0.8);
        var length = 0.0;
        while (length < speed * duration.TotalSeconds)
        {
            var step = PlanePoint.Polar(random.Between(0, reach), random.Angle());
            var next = centre.Offset(step.X, step.Y);
            length += path[^1].DistanceTo(next);
            path.Add(next);
        }

        day.Travel(path, speed, Reception.Open);
    }
}
