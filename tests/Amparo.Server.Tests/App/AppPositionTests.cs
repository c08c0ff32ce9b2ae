using System.Net;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.App;

/// <summary>Her phone as her tracker: queued positions stored as her app device's, a retried batch absorbed.</summary>
[Collection(ServerCollection.Name)]
public class AppPositionTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_batch_of_positions_is_stored_as_her_devices_and_a_retried_batch_is_absorbed(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var phone = await AppPhone.EnrolAsync(server, test.Id);
        // After the enrolment: her track counts her app device's positions from when it became hers.
        var start = DateTime.UtcNow.AddSeconds(1);
        start = start.AddTicks(-(start.Ticks % TimeSpan.TicksPerSecond));
        var keys = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid().ToString()).ToList();
        var batch = new
        {
            positions = new object[]
            {
                new { idempotencyKey = keys[0], at = start, latitude = test.Home.Latitude, longitude = test.Home.Longitude, accuracyMetres = 12.0, batteryPercent = 80.0 },
                new { idempotencyKey = keys[1], at = start.AddSeconds(60), latitude = test.North(100).Latitude, longitude = test.Home.Longitude, accuracyMetres = 9.0, batteryPercent = 79.0 },
                // The queue sent the first one twice.
                new { idempotencyKey = keys[0], at = start, latitude = test.Home.Latitude, longitude = test.Home.Longitude, accuracyMetres = 12.0, batteryPercent = 80.0 },
            },
        };

        var first = await ApiJson.ReadAsync(await phone.Client.PostAsJsonAsync("app/api/positions", batch));
        var retried = await ApiJson.ReadAsync(await phone.Client.PostAsJsonAsync("app/api/positions", batch));

        Assert.Equal((2, 1), (first.GetProperty("accepted").GetInt32(), first.GetProperty("duplicates").GetInt32()));
        Assert.Equal((0, 3), (retried.GetProperty("accepted").GetInt32(), retried.GetProperty("duplicates").GetInt32()));
        await using var db = server.Db();
        var deviceId = await db.AppInstallations.Where(i => i.Id == phone.InstallationId).Select(i => i.DeviceId).SingleAsync();
        var stored = await db.Positions.Where(p => p.DeviceId == deviceId).OrderBy(p => p.FixTime).ToListAsync();
        Assert.Equal([start, start.AddSeconds(60)], stored.Select(p => p.FixTime));
        Assert.Equal(test.North(100).Latitude, stored[1].Latitude, 1e-9);
        Assert.Equal(79.0, stored[1].BatteryPercent);
        // Her case's victim track is now her phone's.
        using var operador = await server.ClientAsync("operador");
        var track = await ApiJson.ReadAsync(await operador.GetAsync($"api/cases/{test.Id}/track?party=victim&from={start.AddMinutes(-1):O}&to={start.AddMinutes(2):O}"));
        Assert.Equal(2, track.GetProperty("points").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_batch_that_is_empty_or_has_a_bad_position_is_refused_whole_with_the_reason(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var phone = await AppPhone.EnrolAsync(server, test.Id);

        using var empty = await phone.Client.PostAsJsonAsync("app/api/positions", new { positions = Array.Empty<object>() });
        using var bad = await phone.Client.PostAsJsonAsync("app/api/positions", new
        {
            positions = new object[]
            {
                new { idempotencyKey = Guid.NewGuid().ToString(), at = DateTime.UtcNow, latitude = test.Home.Latitude, longitude = test.Home.Longitude },
                new { idempotencyKey = Guid.NewGuid().ToString(), at = DateTime.UtcNow, latitude = 123.0, longitude = test.Home.Longitude },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Posición 2", (await AppJson.ProblemAsync(bad)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using var db = server.Db();
        var deviceId = await db.AppInstallations.Where(i => i.Id == phone.InstallationId).Select(i => i.DeviceId).SingleAsync();
        Assert.False(await db.Positions.AnyAsync(p => p.DeviceId == deviceId));
    }
}
