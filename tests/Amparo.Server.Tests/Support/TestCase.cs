using System.Globalization;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Data.People;
using Amparo.Data.Zones;
using Amparo.Domain.Cases;
using Amparo.Domain.Devices;
using Amparo.Domain.Geo;
using Amparo.Domain.People;
using Amparo.Domain.Stock;
using Amparo.Server.Demo;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Support;

/// <summary>
/// A monitored case made for one test: a home zone, a moving zone around the victim, two OsmAnd devices; optionally
/// the case's own engine thresholds, more zones (curfews, routes), and a bracelet that reports through OsmAnd.
/// </summary>
public sealed record TestCase(Guid Id, string FileNumber, Guid JurisdictionId, GeoPoint Home, string AggressorDevice, string VictimDevice)
{
    public string? BraceletDevice { get; init; }

    public const double HomeRadius = 500;
    public const double ProximityRadius = 300;

    /// <summary>A point <paramref name="metres"/> due north of the home (WGS84 metres per degree at Arequipa's latitude).</summary>
    public GeoPoint North(double metres) => new(Home.Latitude + metres / 110_662.86, Home.Longitude);

    /// <summary>A point <paramref name="metres"/> due east of the home.</summary>
    public GeoPoint East(double metres) => new(Home.Latitude, Home.Longitude + metres / (111_320 * Math.Cos(Home.Latitude * Math.PI / 180)));

    public static Task<TestCase> CreateAsync(
        TestServer server,
        string? jurisdiction = null,
        DeviceProtocol aggressorProtocol = DeviceProtocol.OsmAnd,
        string? engineSettings = null,
        Func<Guid, GeoPoint, IEnumerable<Zone>>? moreZones = null,
        bool withBracelet = false) =>
        CreateAsync(server.Db, jurisdiction, aggressorProtocol, engineSettings, moreZones, withBracelet);

    public static async Task<TestCase> CreateAsync(
        Func<AmparoDbContext> database,
        string? jurisdiction = null,
        DeviceProtocol aggressorProtocol = DeviceProtocol.OsmAnd,
        string? engineSettings = null,
        Func<Guid, GeoPoint, IEnumerable<Zone>>? moreZones = null,
        bool withBracelet = false)
    {
        await using var db = database();
        var jurisdictionId = await db.Jurisdictions.Where(j => j.Name == (jurisdiction ?? DemoScenario.Jurisdiction)).Select(j => j.Id).FirstOrDefaultAsync();
        if (jurisdictionId == Guid.Empty)
        {
            jurisdictionId = Guid.CreateVersion7();
            db.Jurisdictions.Add(new Data.Institutions.Jurisdiction { Id = jurisdictionId, Name = jurisdiction!, CountryCode = "PE" });
        }

        var suffix = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..10];
        var home = new GeoPoint(-16.40 - Random.Shared.NextDouble() / 100, -71.53 - Random.Shared.NextDouble() / 100);
        var caseId = Guid.CreateVersion7();
        var now = DateTime.UtcNow;
        db.Cases.Add(new MonitoredCase
        {
            Id = caseId, FileNumber = "TEST-" + suffix, Court = "Juzgado de prueba", Status = CaseStatus.Active,
            JurisdictionId = jurisdictionId, CreatedAt = now, EngineSettingsJson = engineSettings,
        });
        var victim = new Person { Id = Guid.CreateVersion7(), CaseId = caseId, Role = PartyRole.Victim, FullName = "Víctima " + suffix };
        var aggressor = new Person { Id = Guid.CreateVersion7(), CaseId = caseId, Role = PartyRole.Aggressor, FullName = "Agresor " + suffix };
        db.People.AddRange(victim, aggressor);
        db.Zones.AddRange(
            new Zone { Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Domicilio", Kind = ZoneKind.Fixed, CentreLatitude = home.Latitude, CentreLongitude = home.Longitude, RadiusMetres = HomeRadius, PreAlertBandMetres = HomeRadius },
            new Zone { Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Víctima", Kind = ZoneKind.Dynamic, RadiusMetres = ProximityRadius, PreAlertBandMetres = ProximityRadius });
        db.Zones.AddRange(moreZones?.Invoke(caseId, home) ?? []);
        var aggressorDevice = aggressorProtocol switch
        {
            DeviceProtocol.Gt06 or DeviceProtocol.Teltonika => "35" + Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(CultureInfo.InvariantCulture),
            DeviceProtocol.H02 or DeviceProtocol.Watch => Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture),
            _ => "agr-" + suffix,
        };
        var victimDevice = "vic-" + suffix;
        var braceletDevice = withBracelet ? "brz-" + suffix : null;
        var devices = new List<(string, Person, DeviceKind, DeviceProtocol)>
        {
            (aggressorDevice, aggressor, DeviceKind.AggressorTracker, aggressorProtocol),
            (victimDevice, victim, DeviceKind.Phone, DeviceProtocol.OsmAnd),
        };
        if (braceletDevice is not null)
        {
            devices.Add((braceletDevice, aggressor, DeviceKind.Bracelet, DeviceProtocol.OsmAnd));
        }

        foreach (var (uniqueId, person, kind, protocol) in devices)
        {
            var deviceId = Guid.CreateVersion7();
            db.Devices.Add(new Device { Id = deviceId, UniqueId = uniqueId, Protocol = protocol, Kind = kind, CreatedAt = now, StockStatus = StockStatus.Installed });
            // Worn since yesterday: tests send fixes from the last minutes and hours.
            db.DeviceAssignments.Add(new DeviceAssignment { Id = Guid.CreateVersion7(), DeviceId = deviceId, CaseId = caseId, PersonId = person.Id, Role = person.Role, AssignedAt = now.AddDays(-1) });
        }

        await db.SaveChangesAsync();
        return new TestCase(caseId, "TEST-" + suffix, jurisdictionId, home, aggressorDevice, victimDevice) { BraceletDevice = braceletDevice };
    }

    public async Task<int> PositionCountAsync(TestServer server, string uniqueId)
    {
        await using var db = server.Db();
        return await (from p in db.Positions
                      join d in db.Devices on p.DeviceId equals d.Id
                      where d.UniqueId == uniqueId
                      select p).CountAsync();
    }
}
