using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Amparo.Server.Tests.Dispatch;

[Collection(DispatchServerCollection.Name)]
public class PoliceUnitTests(DispatchServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_nearest_available_units_of_the_jurisdiction_come_first(DatabaseProvider provider)
    {
        var (server, _) = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");
        var (test, alarmId, latitude, longitude) = await DispatchScenario.BreachAsync(server, operador);
        var elsewhere = await TestUsers.JurisdictionAsync(server, "Otra jurisdicción " + Guid.NewGuid().ToString("N")[..6]);
        var prefix = "U" + Guid.NewGuid().ToString("N")[..6];
        var aggressor = new Domain.Geo.GeoPoint(latitude, longitude);
        var near = new Domain.Geo.GeoPoint(aggressor.Latitude + 300 / 110_662.86, aggressor.Longitude);
        var far = new Domain.Geo.GeoPoint(aggressor.Latitude + 1500 / 110_662.86, aggressor.Longitude);
        var nearest = new Domain.Geo.GeoPoint(aggressor.Latitude - 100 / 110_662.86, aggressor.Longitude);

        using var noKey = await server.Api.PutAsJsonAsync($"api/police-units/{prefix}-X", new { jurisdictionId = test.JurisdictionId, latitude, longitude });
        await ReportAsync(server, $"{prefix}-far", new { jurisdictionId = test.JurisdictionId, far.Latitude, far.Longitude, available = true });
        await ReportAsync(server, $"{prefix}-near", new { jurisdictionId = test.JurisdictionId, near.Latitude, near.Longitude, available = true });
        await ReportAsync(server, $"{prefix}-busy", new { jurisdictionId = test.JurisdictionId, nearest.Latitude, nearest.Longitude, available = false });
        await ReportAsync(server, $"{prefix}-other", new { jurisdictionId = elsewhere, nearest.Latitude, nearest.Longitude, available = true });

        using var response = await operador.GetAsync($"api/alarms/{alarmId}/police-units/nearest?count=20");
        var units = (await ApiJson.ReadAsync(response)).EnumerateArray().Where(u => u.GetProperty("callSign").GetString()!.StartsWith(prefix, StringComparison.Ordinal)).ToList();

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal([$"{prefix}-near", $"{prefix}-far"], units.Select(u => u.GetProperty("callSign").GetString()));
        Assert.Equal(300, units[0].GetProperty("distanceMetres").GetDouble(), 5.0);
        Assert.Equal(1500, units[1].GetProperty("distanceMetres").GetDouble(), 10.0);
        Assert.InRange(units[0].GetProperty("reportAgeSeconds").GetDouble(), 0, 60);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_units_report_reaches_the_hub_clients_of_its_jurisdiction_and_no_others(DatabaseProvider provider)
    {
        var (server, _) = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var elsewhere = await TestUsers.JurisdictionAsync(server, "Otra jurisdicción " + Guid.NewGuid().ToString("N")[..6]);
        var outsider = await TestUsers.CreateAsync(server, "operador.otra." + Guid.NewGuid().ToString("N")[..6], AmparoRoles.Operador, elsewhere);
        var prefix = "L" + Guid.NewGuid().ToString("N")[..6];
        var seenHere = new HubMessages();
        var seenThere = new HubMessages();
        await using var here = await server.HubAsync("operador");
        await using var there = await server.HubAsync(outsider);
        here.On<JsonElement>("policeUnit", seenHere.Add);
        there.On<JsonElement>("policeUnit", seenThere.Add);
        await here.StartSubscribedAsync();
        await there.StartSubscribedAsync();
        var moved = test.North(800);

        await ReportAsync(server, $"{prefix}-here", new { jurisdictionId = test.JurisdictionId, test.Home.Latitude, test.Home.Longitude, available = true });
        await ReportAsync(server, $"{prefix}-here", new { jurisdictionId = test.JurisdictionId, moved.Latitude, moved.Longitude, available = false });
        await ReportAsync(server, $"{prefix}-there", new { jurisdictionId = elsewhere, moved.Latitude, moved.Longitude, available = true });

        var first = await seenHere.NextAsync(u => u.GetProperty("callSign").GetString()!.StartsWith(prefix, StringComparison.Ordinal));
        var second = await seenHere.NextAsync(u => u.GetProperty("callSign").GetString()!.StartsWith(prefix, StringComparison.Ordinal));
        // Messages to one connection arrive in order: had the other jurisdiction's client been sent the first unit, it would come before its own.
        var theirs = await seenThere.NextAsync(u => u.GetProperty("callSign").GetString()!.StartsWith(prefix, StringComparison.Ordinal));
        Assert.Equal(($"{prefix}-here", test.Home.Latitude, true), (first.GetProperty("callSign").GetString(), first.GetProperty("latitude").GetDouble(), first.GetProperty("available").GetBoolean()));
        Assert.Equal(($"{prefix}-here", moved.Latitude, false), (second.GetProperty("callSign").GetString(), second.GetProperty("latitude").GetDouble(), second.GetProperty("available").GetBoolean()));
        Assert.Equal(test.JurisdictionId, second.GetProperty("jurisdictionId").GetGuid());
        Assert.Equal($"{prefix}-there", theirs.GetProperty("callSign").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_patrol_reports_itself_signed_in_as_police_of_its_jurisdiction_and_only_there(DatabaseProvider provider)
    {
        var (server, _) = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");
        var (test, alarmId, latitude, longitude) = await DispatchScenario.BreachAsync(server, operador);
        var elsewhere = await TestUsers.JurisdictionAsync(server, "Otra jurisdicción " + Guid.NewGuid().ToString("N")[..6]);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        using var officer = await server.ClientAsync(await TestUsers.CreateAsync(server, "patrulla." + suffix, AmparoRoles.Policia, test.JurisdictionId));
        var near = new Domain.Geo.GeoPoint(latitude + 200 / 110_662.86, longitude);

        using (var own = await officer.PutAsJsonAsync($"api/police-units/P-{suffix}", new { near.Latitude, near.Longitude, available = true }))
        {
            Assert.Equal(test.JurisdictionId, (await ApiJson.ReadAsync(own)).GetProperty("jurisdictionId").GetGuid());
        }

        using (var foreign = await officer.PutAsJsonAsync($"api/police-units/P-{suffix}-x", new { jurisdictionId = elsewhere, near.Latitude, near.Longitude }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        }

        using (var notPolice = await operador.PutAsJsonAsync($"api/police-units/O-{suffix}", new { jurisdictionId = test.JurisdictionId, near.Latitude, near.Longitude }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, notPolice.StatusCode);
        }

        var units = (await ApiJson.ReadAsync(await operador.GetAsync($"api/alarms/{alarmId}/police-units/nearest?count=50"))).EnumerateArray()
            .Select(u => u.GetProperty("callSign").GetString()).ToList();
        Assert.Contains($"P-{suffix}", units);
        Assert.DoesNotContain($"P-{suffix}-x", units);
    }

    private static async Task ReportAsync(TestServer server, string callSign, object body)
    {
        using var message = new HttpRequestMessage(HttpMethod.Put, $"api/police-units/{callSign}") { Content = JsonContent.Create(body) };
        message.Headers.Add("X-Amparo-Key", DispatchServerPool.Key);
        using var response = await server.Api.SendAsync(message);
        await ApiJson.ReadAsync(response);
    }
}
