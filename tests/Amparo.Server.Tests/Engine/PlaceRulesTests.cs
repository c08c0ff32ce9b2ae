using System.Globalization;
using Amparo.Data.Database;
using Amparo.Data.Zones;
using Amparo.Domain.Geo;
using Amparo.Monitoring.Cases;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.Engine;

/// <summary>The rules about places, through the running server: a device's fixes over OsmAnd HTTP, alarms read back from the API.</summary>
[Collection(ServerCollection.Name)]
public class PlaceRulesTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_aggressor_driving_at_the_victim_raises_approach_then_pre_alert_then_proximity(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var victim = test.East(6000);
        var start = DateTime.UtcNow.AddMinutes(-5);
        (await server.SendAsync(test.VictimDevice, victim.Latitude, victim.Longitude, start)).EnsureSuccessStatusCode();

        // 14 m/s (50 km/h) along the parallel, from 2.5 km east of her towards her, a fix every 10 s.
        for (var i = 0; i <= 18; i++)
        {
            var metres = 6000 + 2500 - (14 * 10 * i);
            var at = test.East(metres);
            (await server.SendAsync(test.AggressorDevice, at.Latitude, at.Longitude, start.AddSeconds(10 * i))).EnsureSuccessStatusCode();
        }

        using var operador = await server.ClientAsync("operador");
        var alarms = await ApiJson.OpenAlarmsAsync(operador, test.Id);
        var raised = alarms.ToDictionary(a => a.GetProperty("type").GetString()!, a => a.GetProperty("raisedAt").GetDateTime());
        Assert.True(raised["approach_fast"] < raised["proximity_pre_alert"], "approach before pre-alert");
        Assert.True(raised["proximity_pre_alert"] < raised["proximity"], "pre-alert before breach");
        Assert.DoesNotContain("zone_entry", raised.Keys);
        var approach = alarms.Single(a => a.GetProperty("type").GetString() == "approach_fast").GetProperty("evidence");
        Assert.InRange(approach.GetProperty("closingSpeedMps").GetDouble(), 10, 18);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Outside_the_curfew_zone_during_its_hours_is_a_curfew_breach_and_inside_is_not(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var lima = TimeZoneInfo.FindSystemTimeZoneById("America/Lima");
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, lima);
        var window = new ScheduleEntry("Mon-Sun", local.AddHours(-1).ToString("HH:mm", CultureInfo.InvariantCulture), local.AddHours(1).ToString("HH:mm", CultureInfo.InvariantCulture));
        var test = await TestCase.CreateAsync(server, moreZones: (caseId, home) =>
        [
            new Zone
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Casa del agresor", Kind = ZoneKind.Inclusion,
                CentreLatitude = home.Latitude + 0.05, CentreLongitude = home.Longitude, RadiusMetres = 150,
                ScheduleJson = ScheduleEntry.Serialize([window]),
            },
        ]);
        var athome = new GeoPoint(test.Home.Latitude + 0.05, test.Home.Longitude);
        var away = new GeoPoint(test.Home.Latitude + 0.05, test.Home.Longitude + 0.02);
        var start = DateTime.UtcNow.AddMinutes(-10);

        (await server.SendAsync(test.AggressorDevice, athome.Latitude, athome.Longitude, start)).EnsureSuccessStatusCode();
        (await server.SendAsync(test.AggressorDevice, athome.Latitude, athome.Longitude, start.AddMinutes(1))).EnsureSuccessStatusCode();
        using var operador = await server.ClientAsync("operador");
        var atHomeAlarms = await ApiJson.OpenAlarmsAsync(operador, test.Id);
        (await server.SendAsync(test.AggressorDevice, away.Latitude, away.Longitude, start.AddMinutes(5))).EnsureSuccessStatusCode();
        (await server.SendAsync(test.AggressorDevice, away.Latitude, away.Longitude, start.AddMinutes(6))).EnsureSuccessStatusCode();

        Assert.DoesNotContain(atHomeAlarms, a => a.GetProperty("type").GetString() == "curfew_breach");
        var breach = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "curfew_breach");
        Assert.Equal("Casa del agresor", breach.GetProperty("evidence").GetProperty("zoneName").GetString());
        // He drove away (a leap): the fix after it proves the breach.
        Assert.Equal(start.AddMinutes(6), breach.GetProperty("raisedAt").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Leaving_the_allowed_route_during_its_schedule_is_a_route_deviation(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var window = new ScheduleEntry("Mon-Sun", "00:00", "00:00");
        var test = await TestCase.CreateAsync(server, moreZones: (caseId, home) =>
        [
            new Zone
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Ruta al trabajo", Kind = ZoneKind.Route, RadiusMetres = 100,
                PathJson = ZoneGeometry.SerializePolygon([new GeoPoint(home.Latitude + 0.03, home.Longitude), new GeoPoint(home.Latitude + 0.03, home.Longitude + 0.05)]),
                ScheduleJson = ScheduleEntry.Serialize([window]),
            },
        ]);
        var onRoute = new GeoPoint(test.Home.Latitude + 0.03, test.Home.Longitude + 0.01);
        var offRoute = new GeoPoint(test.Home.Latitude + 0.045, test.Home.Longitude + 0.012);
        var start = DateTime.UtcNow.AddMinutes(-10);

        (await server.SendAsync(test.AggressorDevice, onRoute.Latitude, onRoute.Longitude, start)).EnsureSuccessStatusCode();
        (await server.SendAsync(test.AggressorDevice, offRoute.Latitude, offRoute.Longitude, start.AddMinutes(3))).EnsureSuccessStatusCode();
        (await server.SendAsync(test.AggressorDevice, offRoute.Latitude, offRoute.Longitude, start.AddMinutes(4))).EnsureSuccessStatusCode();

        using var operador = await server.ClientAsync("operador");
        var deviation = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "route_deviation");
        Assert.Contains("Ruta al trabajo", deviation.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }
}
