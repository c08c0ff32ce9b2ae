namespace Amparo.Cli.Simulation;

/// <summary>
/// The movement of one device around a centre: a person walking (1–1.8 m/s) or riding a bus or car (5–15 m/s),
/// with a heading that turns smoothly, stops now and then, turned back towards the centre before the edge of the
/// radius; its reports carry a few metres of GPS jitter, an occasional invalid fix, and a battery that drains slowly.
/// </summary>
public sealed class Walker
{
    private const double MetresPerDegree = 111_320;
    private const double InvalidFixChance = 0.02;
    private readonly Random _random;
    private readonly double _centreLatitude;
    private readonly double _centreLongitude;
    private readonly double _radius;
    private readonly double _cruise;
    private readonly double _maxTurn;
    private readonly double _drainPerSecond;
    private double _east;
    private double _north;
    private double _heading;
    private double _turnRate;
    private double _stoppedFor;
    private double _battery;
    private (double Latitude, double Longitude) _lastFix;

    public Walker(Random random, double centreLatitude, double centreLongitude, double radiusMetres)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
        (_centreLatitude, _centreLongitude, _radius) = (centreLatitude, centreLongitude, radiusMetres);
        var walking = random.NextDouble() < 0.5;
        _cruise = walking ? 1.0 + random.NextDouble() * 0.8 : 5 + random.NextDouble() * 10;
        _maxTurn = walking ? 20 : 8;
        var distance = radiusMetres * 0.8 * Math.Sqrt(random.NextDouble());
        var angle = random.NextDouble() * 2 * Math.PI;
        (_east, _north) = (distance * Math.Cos(angle), distance * Math.Sin(angle));
        _heading = random.NextDouble() * 360;
        _battery = 60 + random.NextDouble() * 40;
        _drainPerSecond = (1 + random.NextDouble() * 2) / 3600;
        _lastFix = ToDegrees(_east, _north);
    }

    /// <summary>Metres per second while moving: the speed drawn for this device.</summary>
    public double CruiseSpeed => _cruise;

    /// <summary>Where the device is, seen from the centre, in metres.</summary>
    public double DistanceFromCentre => Math.Sqrt(_east * _east + _north * _north);

    /// <summary>Moves the device on by <paramref name="seconds"/> and reports a fix taken at <paramref name="utc"/>.</summary>
    public DeviceFix Next(double seconds, DateTime utc)
    {
        var speed = Move(Math.Max(0, seconds));
        _battery = Math.Max(5, _battery - _drainPerSecond * seconds);
        var course = (int)Math.Round((_heading % 360 + 360) % 360) % 360;
        if (_random.NextDouble() < InvalidFixChance)
        {
            // No fix: the receiver repeats its last one, flagged invalid.
            return new DeviceFix(utc, _lastFix.Latitude, _lastFix.Longitude, 0, course, false, (int)_battery);
        }

        _lastFix = ToDegrees(_east + Gaussian() * 3, _north + Gaussian() * 3);
        return new DeviceFix(utc, _lastFix.Latitude, _lastFix.Longitude, speed, course, true, (int)_battery);
    }

    private double Move(double seconds)
    {
        if (_stoppedFor > 0)
        {
            _stoppedFor -= seconds;
            return 0;
        }

        // About one stop (traffic light, bus stop, a shop) every five minutes, from 10 s to 2 min.
        if (_random.NextDouble() < 1 - Math.Exp(-seconds / 300))
        {
            _stoppedFor = 10 + _random.NextDouble() * 110;
            return 0;
        }

        // The turn rate wanders; near the edge the heading is pulled back towards the centre.
        _turnRate = Math.Clamp(_turnRate + Gaussian() * _maxTurn / 4 * Math.Sqrt(seconds), -_maxTurn, _maxTurn);
        _heading += _turnRate * seconds;
        if (DistanceFromCentre > _radius * 0.85)
        {
            var home = Math.Atan2(-_east, -_north) * 180 / Math.PI;
            var off = ((home - _heading) % 360 + 540) % 360 - 180;
            _heading += Math.Clamp(off, -30 * seconds, 30 * seconds);
        }

        var radians = _heading * Math.PI / 180;
        _east += Math.Sin(radians) * _cruise * seconds;
        _north += Math.Cos(radians) * _cruise * seconds;
        var distance = DistanceFromCentre;
        if (distance > _radius)
        {
            (_east, _north) = (_east * _radius / distance, _north * _radius / distance);
        }

        return _cruise;
    }

    private (double Latitude, double Longitude) ToDegrees(double east, double north)
    {
        var latitude = _centreLatitude + north / MetresPerDegree;
        return (latitude, _centreLongitude + east / (MetresPerDegree * Math.Cos(latitude * Math.PI / 180)));
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
}
