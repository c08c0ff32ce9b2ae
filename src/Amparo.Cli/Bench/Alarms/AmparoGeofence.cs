using Amparo.Domain.Alarms;
using Amparo.Domain.Devices;
using Amparo.Domain.Engine;
using Amparo.Domain.People;
using Amparo.Domain.Zones;

namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// Amparo's engine on one device-day, driven in virtual time as <c>amparo replay</c> drives it: one case with the
/// protected home as an exclusion zone (pre-alert band as wide as the radius) and the aggressor's tracker, default
/// settings. Returns the fixes that raised a new zone entry (not a repeat), and how many pre-alerts were raised.
/// </summary>
internal static class AmparoGeofence
{
    private static readonly CaseDevice Tracker = new(Guid.NewGuid(), "tracker", PartyRole.Aggressor, DeviceKind.AggressorTracker);

    public static (List<int> BreachAlarms, int PreAlerts) Run(SimulatedDay day, double radius)
    {
        var earth = PlaneToWgs84.Lima;
        var zone = new ZoneDefinition(Guid.NewGuid(), "Domicilio", new CircleShape(earth.Centre, radius), ZoneDefinition.DefaultPreAlertBand(radius));
        var engine = new CaseEngine(new CasePlan("bench", earth.Centre, TimeZoneInfo.Utc, [zone], null, [], [], [Tracker], EngineSettings.Default));
        var alarms = new List<int>();
        var preAlerts = 0;
        for (var i = 0; i < day.Fixes.Count; i++)
        {
            var fix = day.Fixes[i];
            while (engine.NextDueAt is { } due && due < fix.At)
            {
                engine.Advance(due);
            }

            var result = engine.Observe(new FixInput(Tracker.Id, fix.At, earth.ToGeo(fix.Reported), Valid: true, fix.AccuracyMetres, Moving: fix.Moving));
            foreach (var trigger in result.Raised.Where(r => !r.Repeat))
            {
                if (trigger.Type == AlarmType.ZoneEntry)
                {
                    alarms.Add(i);
                }
                else if (trigger.Type == AlarmType.ZonePreAlert)
                {
                    preAlerts++;
                }
            }
        }

        return (alarms, preAlerts);
    }
}
