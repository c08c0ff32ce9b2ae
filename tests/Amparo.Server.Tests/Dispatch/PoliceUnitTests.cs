using System.Net;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

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

    private static async Task ReportAsync(TestServer server, string callSign, object body)
    {
        using var message = new HttpRequestMessage(HttpMethod.Put, $"api/police-units/{callSign}") { Content = JsonContent.Create(body) };
        message.Headers.Add("X-Amparo-Key", DispatchServerPool.Key);
        using var response = await server.Api.SendAsync(message);
        await ApiJson.ReadAsync(response);
    }
}
