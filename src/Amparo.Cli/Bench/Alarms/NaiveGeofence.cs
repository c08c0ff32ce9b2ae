namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// The geofence of systems that drown their operators: an entry alarm whenever a raw fix lies inside the circle and
/// the fix before it did not, with no regard for accuracy, no hysteresis and no outlier rejection.
/// </summary>
internal static class NaiveGeofence
{
    public static List<int> BreachAlarms(SimulatedDay day, double radius)
    {
        var alarms = new List<int>();
        var wasInside = false;
        for (var i = 0; i < day.Fixes.Count; i++)
        {
            var inside = day.Fixes[i].Reported.FromCentre <= radius;
            if (inside && !wasInside)
            {
                alarms.Add(i);
            }

            wasInside = inside;
        }

        return alarms;
    }
}
