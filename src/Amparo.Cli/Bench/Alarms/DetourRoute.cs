namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// A path between two places that keeps a clearance from the zone, as streets around a neighbourhood do: straight
/// when the straight line keeps it, otherwise out to a ring around the zone, along the ring and in again.
/// </summary>
internal static class DetourRoute
{
    private const double MaxStep = Math.PI / 6;

    public static List<PlanePoint> Between(PlanePoint from, PlanePoint to, double radius, double clearance)
    {
        if (ClosestToCentre(from, to) >= radius + clearance)
        {
            return [from, to];
        }

        // Chords between ring points at this radius stay at least radius + clearance + 200 m from the centre.
        var ring = (radius + clearance + 200) / Math.Cos(MaxStep / 2);
        var start = from.Angle;
        var sweep = Math.IEEERemainder(to.Angle - start, 2 * Math.PI);
        var steps = Math.Max(1, (int)Math.Ceiling(Math.Abs(sweep) / MaxStep));
        var path = new List<PlanePoint> { from };
        for (var i = 0; i <= steps; i++)
        {
            path.Add(PlanePoint.Polar(ring, start + (sweep * i / steps)));
        }

        path.Add(to);
        return path;
    }

    private static double ClosestToCentre(PlanePoint a, PlanePoint b)
    {
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var lengthSquared = (dx * dx) + (dy * dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp(-((a.X * dx) + (a.Y * dy)) / lengthSquared, 0, 1);
        return a.Offset(dx * t, dy * t).FromCentre;
    }
}
