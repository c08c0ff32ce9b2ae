using Amparo.Domain.Alarms;
using Amparo.Domain.Devices;
using Amparo.Domain.Engine;
using Amparo.Domain.Geo;
using Amparo.Domain.People;
using Amparo.Domain.Zones;

namespace Amparo.Domain.Tests.Engine;

/// <summary>A case around <see cref="Places.Home"/> (500 m home zone, 500 m from the victim) and the inputs tests feed it.</summary>
internal sealed class EngineFixture
{
    public static readonly DateTime T0 = new(2026, 1, 5, 15, 0, 0, DateTimeKind.Utc);
    public static readonly CaseDevice Tracker = new(Guid.NewGuid(), "A1", PartyRole.Aggressor, DeviceKind.AggressorTracker);
    public static readonly CaseDevice Bracelet = new(Guid.NewGuid(), "B1", PartyRole.Aggressor, DeviceKind.Bracelet);
    public static readonly CaseDevice Phone = new(Guid.NewGuid(), "V1", PartyRole.Victim, DeviceKind.Phone);

    public EngineFixture(IReadOnlyList<CurfewZone>? curfews = null, ProximityRule? proximity = null, EngineSettings? settings = null)
    {
        var home = new ZoneDefinition(Guid.NewGuid(), "Domicilio", new CircleShape(Places.Home, 500), 500);
        Engine = new CaseEngine(new CasePlan(
            "c1", Places.Home, TimeZoneInfo.FindSystemTimeZoneById("America/Lima"), [home], proximity,
            curfews ?? [], [], [Tracker, Bracelet, Phone], settings ?? EngineSettings.Default));
    }

    public CaseEngine Engine { get; }

    public List<Amparo.Domain.Monitoring.AlarmTrigger> Raised { get; } = [];

    public List<AlarmClearance> Cleared { get; } = [];

    public IEnumerable<AlarmType> NewAlarms => Raised.Where(r => !r.Repeat).Select(r => r.Type);

    public void Fix(CaseDevice device, DateTime at, GeoPoint point, double? accuracy = 10, int? battery = null) =>
        Keep(Engine.Observe(new FixInput(device.Id, at, point, Valid: true, accuracy, battery)));

    public void NoFix(CaseDevice device, DateTime at) => Keep(Engine.Observe(new FixInput(device.Id, at, Places.Home, Valid: false)));

    public void Event(CaseDevice device, DateTime at, DeviceEventKind kind, int? battery = null) =>
        Keep(Engine.Observe(new DeviceEventInput(device.Id, at, kind, battery)));

    public void Advance(DateTime now) => Keep(Engine.Advance(now));

    /// <summary>The aggressor <paramref name="metres"/> north of the home's centre.</summary>
    public static GeoPoint FromHome(double metres) => Places.North(Places.Home, metres);

    private void Keep(EngineResult result)
    {
        Raised.AddRange(result.Raised);
        Cleared.AddRange(result.Cleared);
    }
}
