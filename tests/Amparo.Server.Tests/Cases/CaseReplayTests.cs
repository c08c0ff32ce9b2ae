using System.Net;
using System.Text.Json;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Cases;

[Collection(ServerCollection.Name)]
public class CaseReplayTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_replay_holds_both_tracks_the_alarms_and_the_distance_between_the_parties(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var start = DateTime.UtcNow.AddMinutes(-10);
        start = start.AddTicks(-(start.Ticks % TimeSpan.TicksPerSecond));
        await SendApproachAsync(server, test, start);
        using var client = await server.ClientAsync("operador");

        var replay = await ApiJson.ReadAsync(await client.GetAsync($"api/cases/{test.Id}/replay?from={start.AddMinutes(-5):O}"));

        var aggressor = replay.GetProperty("aggressor").EnumerateArray().Select(p => p.GetProperty("at").GetDateTime().ToUniversalTime()).ToList();
        Assert.Equal([start.AddMinutes(1), start.AddMinutes(2), start.AddMinutes(3)], aggressor);
        Assert.Equal(2, replay.GetProperty("victim").GetArrayLength());
        // Asked from five minutes before anything happened, the replay starts a minute before the first fix.
        Assert.Equal(start.AddMinutes(-1), replay.GetProperty("from").GetDateTime().ToUniversalTime());
        var separation = replay.GetProperty("separation").EnumerateArray().Select(s => s.GetProperty("metres").GetDouble()).ToList();
        // The victim's second fix measures to the aggressor's latest one, 50 s old.
        Assert.Equal([1_200, 1_200, 700, 250], separation.Select(m => Math.Round(m)));
        Assert.Equal(TestCase.ProximityRadius, replay.GetProperty("exclusionMetres").GetDouble());
        var types = replay.GetProperty("alarms").EnumerateArray().Select(a => a.GetProperty("type").GetString()).ToList();
        Assert.Contains("zone_pre_alert", types);
        Assert.All(replay.GetProperty("alarms").EnumerateArray(), a => Assert.InRange(a.GetProperty("at").GetDateTime().ToUniversalTime(), start, DateTime.UtcNow));
        await using var db = server.Db();
        var audit = await db.AuditEvents.Where(e => e.CaseId == test.Id && e.Action == AuditActions.VictimPositionRead).ToListAsync();
        Assert.Equal("api replay", Assert.Single(audit).Details);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_role_that_may_not_see_the_victim_replays_the_aggressor_alone_and_reads_nothing_audited(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var judge = await TestUsers.CreateAsync(server, "juzgado.replay", AmparoRoles.Juzgado, test.JurisdictionId);
        var start = DateTime.UtcNow.AddMinutes(-10);
        await SendApproachAsync(server, test, start);
        using var client = await server.ClientAsync(judge);

        var replay = await ApiJson.ReadAsync(await client.GetAsync($"api/cases/{test.Id}/replay?from={start.AddMinutes(-5):O}"));
        using var tooLong = await client.GetAsync($"api/cases/{test.Id}/replay?from={start.AddDays(-8):O}");

        Assert.Equal(3, replay.GetProperty("aggressor").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, replay.GetProperty("victim").ValueKind);
        Assert.Equal(JsonValueKind.Null, replay.GetProperty("separation").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("application/problem+json", tooLong.Content.Headers.ContentType?.MediaType);
        await using var db = server.Db();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.CaseId == test.Id && e.Action == AuditActions.VictimPositionRead));
    }

    /// <summary>The victim at home; the aggressor walks in from 1,200 m to 250 m of her, into the home zone.</summary>
    private static async Task SendApproachAsync(TestServer server, TestCase test, DateTime start)
    {
        (await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, start)).EnsureSuccessStatusCode();
        (await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, start.AddMinutes(2).AddSeconds(-10))).EnsureSuccessStatusCode();
        foreach (var (metres, minute) in new[] { (1_200.0, 1), (700.0, 2), (250.0, 3) })
        {
            var at = test.North(metres);
            (await server.SendAsync(test.AggressorDevice, at.Latitude, at.Longitude, start.AddMinutes(minute))).EnsureSuccessStatusCode();
        }
    }
}
