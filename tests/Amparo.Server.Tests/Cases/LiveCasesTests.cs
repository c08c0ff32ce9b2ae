using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.Positions;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Cases;

[Collection(ServerCollection.Name)]
public class LiveCasesTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_live_map_gets_each_partys_latest_valid_fix_and_the_victims_only_for_those_who_may_see_her(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var jurisdiction = "Mapa en vivo " + Guid.NewGuid().ToString("N")[..8];
        var test = await TestCase.CreateAsync(server, jurisdiction);
        var now = DateTime.UtcNow;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        var older = test.North(3_000);
        var latest = test.North(2_000);
        (await server.SendAsync(test.AggressorDevice, older.Latitude, older.Longitude, now.AddMinutes(-5))).EnsureSuccessStatusCode();
        (await server.SendAsync(test.AggressorDevice, latest.Latitude, latest.Longitude, now.AddMinutes(-3))).EnsureSuccessStatusCode();
        (await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, now.AddMinutes(-2))).EnsureSuccessStatusCode();
        await AddInvalidFixAsync(server, test.AggressorDevice, now.AddMinutes(-1));
        var operatorName = await TestUsers.CreateAsync(server, "op-" + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Operador, test.JurisdictionId);
        var policeName = await TestUsers.CreateAsync(server, "pol-" + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Policia, test.JurisdictionId);

        using var centre = await server.ClientAsync(operatorName);
        var seen = Assert.Single((await ApiJson.ReadAsync(await centre.GetAsync("api/cases/live"))).EnumerateArray());
        Assert.Equal(test.Id, seen.GetProperty("case").GetProperty("id").GetGuid());
        var aggressor = seen.GetProperty("aggressor");
        Assert.Equal(now.AddMinutes(-3), aggressor.GetProperty("fixTime").GetDateTime().ToUniversalTime());
        Assert.Equal(latest.Latitude, aggressor.GetProperty("latitude").GetDouble(), 5);
        Assert.Equal(now.AddMinutes(-2), seen.GetProperty("victim").GetProperty("fixTime").GetDateTime().ToUniversalTime());
        Assert.Equal(1, await LiveReadsAsync(server, test.Id, operatorName));

        using var police = await server.ClientAsync(policeName);
        var policeView = Assert.Single((await ApiJson.ReadAsync(await police.GetAsync("api/cases/live"))).EnumerateArray());
        Assert.Equal(now.AddMinutes(-3), policeView.GetProperty("aggressor").GetProperty("fixTime").GetDateTime().ToUniversalTime());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, policeView.GetProperty("victim").ValueKind);
        Assert.Equal(0, await LiveReadsAsync(server, test.Id, policeName));

        // Put on two minutes ago (a device reused from another case): its earlier fixes are not this case's.
        await using (var db = server.Db())
        {
            var deviceId = await db.Devices.Where(d => d.UniqueId == test.AggressorDevice).Select(d => d.Id).SingleAsync();
            await db.DeviceAssignments.Where(a => a.DeviceId == deviceId && a.RemovedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.AssignedAt, now.AddMinutes(-2)));
        }

        var reused = Assert.Single((await ApiJson.ReadAsync(await centre.GetAsync("api/cases/live"))).EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reused.GetProperty("aggressor").ValueKind);
        var detail = await ApiJson.ReadAsync(await centre.GetAsync($"api/cases/{test.Id}"));
        var tracker = detail.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("role").GetString() == "Aggressor").GetProperty("devices").EnumerateArray().Single();
        // Its health counts only what it said since: the invalid fix of a minute ago, not the valid ones before.
        Assert.Equal(now.AddMinutes(-1), tracker.GetProperty("lastFixAt").GetDateTime().ToUniversalTime());
        Assert.False(tracker.GetProperty("lastFixValid").GetBoolean());
    }

    private static async Task AddInvalidFixAsync(TestServer server, string uniqueId, DateTime at)
    {
        await using var db = server.Db();
        var deviceId = await db.Devices.Where(d => d.UniqueId == uniqueId).Select(d => d.Id).SingleAsync();
        db.Positions.Add(new Position { DeviceId = deviceId, FixTime = at, ServerTime = at, Valid = false, Latitude = -16.0, Longitude = -71.0 });
        await db.SaveChangesAsync();
    }

    private static async Task<int> LiveReadsAsync(TestServer server, Guid caseId, string userName)
    {
        await using var db = server.Db();
        return await db.AuditEvents.CountAsync(a => a.CaseId == caseId && a.UserName == userName && a.Action == AuditActions.VictimPositionRead && a.Details == "api live");
    }
}
