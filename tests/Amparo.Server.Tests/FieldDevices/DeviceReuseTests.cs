using System.Net;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.FieldDevices;

[Collection(ServerCollection.Name)]
public class DeviceReuseTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_tracker_taken_off_one_case_and_put_on_another_leaves_each_case_only_its_own_fixes(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var world = await FieldWorld.CreateAsync(server);
        var second = await world.AnotherCaseAsync();
        using var police = await world.UserAsync(AmparoRoles.Policia, "policia");
        var tracker = world.Serial("agr");
        await FieldApi.RegisterAsync(police, tracker, "AggressorTracker", world.PoliceId);
        await world.BackdateStockAsync();
        var now = DateTime.UtcNow;
        var start = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc).AddMinutes(-10);
        var far = world.Home.Latitude + 0.05;
        (await server.SendAsync(tracker, far, world.Home.Longitude, start.AddMinutes(-1))).EnsureSuccessStatusCode();

        await ActAsync(police, $"api/cases/{world.CaseId}/installations", FieldApi.Act("Aggressor", world.PoliceId)
            .With("at", start).With("devices", new[] { tracker }));
        (await server.SendAsync(tracker, far, world.Home.Longitude, start.AddMinutes(1))).EnsureSuccessStatusCode();
        await ActAsync(police, $"api/cases/{world.CaseId}/removals", FieldApi.Act("Aggressor", world.PoliceId)
            .With("at", start.AddMinutes(2)).With("devices", new[] { new { serial = tracker, condition = "Good" } }));
        await ActAsync(police, $"api/cases/{second}/installations", FieldApi.Act("Aggressor", world.PoliceId)
            .With("at", start.AddMinutes(3)).With("devices", new[] { tracker }));
        (await server.SendAsync(tracker, far + 0.01, world.Home.Longitude, start.AddMinutes(4))).EnsureSuccessStatusCode();

        Assert.Equal([start.AddMinutes(1)], await FixTimesAsync(police, world.CaseId, start));
        Assert.Equal([start.AddMinutes(4)], await FixTimesAsync(police, second, start));
    }

    private static async Task ActAsync(HttpClient client, string path, object body)
    {
        var (status, act) = await FieldApi.PostAsync(client, path, body);
        Assert.True(status == HttpStatusCode.Created, act.ToString());
    }

    private static async Task<List<DateTime>> FixTimesAsync(HttpClient client, Guid caseId, DateTime start)
    {
        var track = await ApiJson.ReadAsync(await client.GetAsync(
            $"api/cases/{caseId}/track?party=aggressor&from={start.AddHours(-1):O}&to={DateTime.UtcNow.AddMinutes(1):O}"));
        return track.GetProperty("points").EnumerateArray()
            .Select(p => p.GetProperty("fixTime").GetDateTime().ToUniversalTime())
            .Select(t => new DateTime(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc))
            .ToList();
    }
}
