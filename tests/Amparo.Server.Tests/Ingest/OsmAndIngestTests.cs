using System.Net;
using System.Text;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Ingest;

[Collection(ServerCollection.Name)]
public class OsmAndIngestTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_position_answered_200_is_already_in_the_database(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var at = test.North(3000);
        var fixTime = DateTime.UtcNow.AddSeconds(-5);

        using var response = await server.SendAsync(test.AggressorDevice, at.Latitude, at.Longitude, fixTime, "&batt=77&speed=3.5&alarm=sos");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = server.Db();
        var stored = await (from p in db.Positions join d in db.Devices on p.DeviceId equals d.Id where d.UniqueId == test.AggressorDevice select p).SingleAsync();
        Assert.Equal(at.Latitude, stored.Latitude, 1e-9);
        Assert.Equal(at.Longitude, stored.Longitude, 1e-9);
        Assert.Equal(fixTime.Ticks / 10_000, stored.FixTime.Ticks / 10_000);
        Assert.Equal(77, stored.BatteryPercent);
        Assert.Equal(3.5, stored.SpeedKnots);
        Assert.Contains("\"alarm\":\"sos\"", stored.Attributes, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_JSON_body_of_newer_phone_clients_is_accepted(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            device_id = test.VictimDevice,
            location = new
            {
                timestamp = DateTime.UtcNow.AddSeconds(-2).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                coords = new { latitude = test.Home.Latitude, longitude = test.Home.Longitude, accuracy = 5, speed = 1, heading = 90 },
                battery = new { level = 0.5, is_charging = false },
            },
        });

        using var response = await server.Device.PostAsync("/", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await test.PositionCountAsync(server, test.VictimDevice));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_form_post_is_accepted(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = test.VictimDevice, ["lat"] = "-16.41", ["lon"] = "-71.54", ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        using var response = await server.Device.PostAsync("/", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await test.PositionCountAsync(server, test.VictimDevice));
    }

    public static IEnumerable<object[]> BadRequests()
    {
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            yield return [provider, "?lat=-16.4&lon=-71.5", "Missing device id"];
            yield return [provider, "?id={victim}&lat=NaN&lon=-71.5", "Malformed coordinates"];
            yield return [provider, "?id={victim}&lat=-96.4&lon=-71.5", "Coordinates out of range"];
            yield return [provider, "?id={victim}&lat=-16.4&lon=abc", "Malformed coordinates"];
            yield return [provider, "?id={victim}&lat=-16.4&lon=-71.5&timestamp={future}", "in the future"];
            yield return [provider, "?id={victim}&lat=-16.4&lon=-71.5&timestamp=ayer", "Unreadable timestamp"];
            yield return [provider, "?id=no-such-device&lat=-16.4&lon=-71.5", "Unknown device"];
        }
    }

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_gets_400_with_a_plain_reason_and_nothing_is_stored(DatabaseProvider provider, string query, string reason)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var future = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var response = await server.Device.GetAsync(query.Replace("{victim}", test.VictimDevice, StringComparison.Ordinal).Replace("{future}", future, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await test.PositionCountAsync(server, test.VictimDevice));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_malformed_JSON_body_gets_400_and_the_server_keeps_serving(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);

        using var bad = await server.Device.PostAsync("/", new StringContent("{\"device_id\":\"" + test.VictimDevice + "\",\"location\":", Encoding.UTF8, "application/json"));
        using var good = await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, DateTime.UtcNow);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(1, await test.PositionCountAsync(server, test.VictimDevice));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_retried_position_is_stored_once(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var fixTime = DateTime.UtcNow.AddSeconds(-30);

        for (var i = 0; i < 3; i++)
        {
            using var response = await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, fixTime);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, await test.PositionCountAsync(server, test.VictimDevice));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Concurrent_positions_from_many_requests_are_all_committed(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var start = DateTime.UtcNow.AddMinutes(-30);

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            server.SendAsync(test.VictimDevice, test.Home.Latitude + i / 1e6, test.Home.Longitude, start.AddSeconds(i))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(200, await test.PositionCountAsync(server, test.VictimDevice));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_API_port_does_not_accept_device_positions_and_the_device_port_serves_no_API(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);

        using var onDevicePort = await server.Device.PostAsJsonAsync("api/auth/login", new { userName = "operador", password = TestServer.Password });

        Assert.Equal(HttpStatusCode.BadRequest, onDevicePort.StatusCode);
        Assert.Contains("device id", await onDevicePort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
