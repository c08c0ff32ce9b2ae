namespace Amparo.Cli.Bench.Alarms;

/// <summary>A point in metres on the simulation's plane, east and north of the protected home (the zone's centre).</summary>
public readonly record struct PlanePoint(double X, double Y)
{
    public double FromCentre => Math.Sqrt((X * X) + (Y * Y));

    public double Angle => Math.Atan2(Y, X);

    public static PlanePoint Polar(double radius, double angle) => new(radius * Math.Cos(angle), radius * Math.Sin(angle));

    public double DistanceTo(PlanePoint other) => Math.Sqrt(((X - other.X) * (X - other.X)) + ((Y - other.Y) * (Y - other.Y)));

    public PlanePoint Towards(PlanePoint other, double fraction) => new(X + ((other.X - X) * fraction), Y + ((other.Y - Y) * fraction));

    public PlanePoint Offset(double dx, double dy) => new(X + dx, Y + dy);
}
