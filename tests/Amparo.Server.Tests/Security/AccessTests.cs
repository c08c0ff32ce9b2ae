using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Security;

[Collection(ServerCollection.Name)]
public class AccessTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_operator_sees_only_the_cases_of_her_jurisdiction(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var cusco = await TestUsers.JurisdictionAsync(server, "Cusco");
        var cuscoOperator = await TestUsers.CreateAsync(server, "operador.cusco", AmparoRoles.Operador, cusco);
        var arequipaCase = await TestCase.CreateAsync(server);
        var inside = arequipaCase.North(100);
        await using var hub = await server.HubAsync(cuscoOperator);
        var leaked = 0;
        hub.On<JsonElement>("alarm", a => { if (a.GetProperty("caseId").GetGuid() == arequipaCase.Id) { Interlocked.Increment(ref leaked); } });
        hub.On<JsonElement>("position", p => { if (p.GetProperty("caseId").GetGuid() == arequipaCase.Id) { Interlocked.Increment(ref leaked); } });
        await hub.StartSubscribedAsync();

        (await server.SendAsync(arequipaCase.AggressorDevice, inside.Latitude, inside.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();

        using var cuscoClient = await server.ClientAsync(cuscoOperator);
        using var arequipaClient = await server.ClientAsync("operador");
        Assert.Empty(await ApiJson.OpenAlarmsAsync(cuscoClient, arequipaCase.Id));
        Assert.NotEmpty(await ApiJson.OpenAlarmsAsync(arequipaClient, arequipaCase.Id));
        using var caseResponse = await cuscoClient.GetAsync($"api/cases/{arequipaCase.Id}");
        Assert.Equal(HttpStatusCode.NotFound, caseResponse.StatusCode);
        var alarmId = (await ApiJson.OpenAlarmsAsync(arequipaClient, arequipaCase.Id))[0].GetProperty("id").GetGuid();
        using var claim = await cuscoClient.PostAsync($"api/alarms/{alarmId}/claim", null);
        Assert.Equal(HttpStatusCode.NotFound, claim.StatusCode);
        // Give the hub time to deliver anything it would wrongly deliver.
        await Task.Delay(500);
        Assert.Equal(0, leaked);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Reading_a_victims_track_is_audited_and_refused_to_roles_that_may_not_see_her(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var judge = await TestUsers.CreateAsync(server, "juzgado.arequipa", AmparoRoles.Juzgado, test.JurisdictionId);
        (await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        using var operador = await server.ClientAsync("operador");
        using var judgeClient = await server.ClientAsync(judge);

        using var read = await operador.GetAsync($"api/cases/{test.Id}/track?party=victim");
        using var refused = await judgeClient.GetAsync($"api/cases/{test.Id}/track?party=victim");
        using var aggressorTrack = await judgeClient.GetAsync($"api/cases/{test.Id}/track?party=aggressor");
        using var judgeCase = await judgeClient.GetAsync($"api/cases/{test.Id}");

        Assert.Single((await ApiJson.ReadAsync(read)).GetProperty("points").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, aggressorTrack.StatusCode);
        var detail = await ApiJson.ReadAsync(judgeCase);
        Assert.All(detail.GetProperty("zones").EnumerateArray(), z => Assert.Equal(JsonValueKind.Null, z.GetProperty("centreLatitude").ValueKind));
        var victim = Assert.Single(detail.GetProperty("parties").EnumerateArray(), p => p.GetProperty("role").GetString() == "Victim");
        Assert.True(victim.GetProperty("restricted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, victim.GetProperty("fullName").ValueKind);
        Assert.Empty(victim.GetProperty("phones").EnumerateArray());

        await using var db = server.Db();
        var reads = await db.AuditEvents.Where(e => e.CaseId == test.Id && e.Action == AuditActions.VictimPositionRead).ToListAsync();
        var entry = Assert.Single(reads);
        Assert.Equal("operador", entry.UserName);
        Assert.Equal("127.0.0.1", entry.RemoteAddress);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_API_answers_401_without_a_token_and_a_wrong_password_gets_a_problem(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);

        using var anonymous = await server.Api.GetAsync("api/alarms");
        using var wrong = await server.Api.PostAsJsonAsync("api/auth/login", new { userName = "operador", password = "nope" });
        using var forged = new HttpRequestMessage(HttpMethod.Get, "api/alarms") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "forged") } };
        using var forgedResponse = await server.Api.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, forgedResponse.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refresh_token_renews_the_session_until_the_account_changes(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var userName = await TestUsers.CreateAsync(server, "patrulla-" + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Policia, await TestUsers.JurisdictionAsync(server, "Refresh " + Guid.NewGuid().ToString("N")[..6]));
        using var login = await server.Api.PostAsJsonAsync("api/auth/login", new { userName, password = TestServer.Password });
        var refreshToken = (await ApiJson.ReadAsync(login)).GetProperty("refreshToken").GetString();

        using var renewed = await server.Api.PostAsJsonAsync("api/auth/refresh", new { refreshToken });
        var access = (await ApiJson.ReadAsync(renewed)).GetProperty("accessToken").GetString();
        using var withRenewed = new HttpRequestMessage(HttpMethod.Get, "api/cases") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", access) } };
        Assert.Equal(HttpStatusCode.OK, (await server.Api.SendAsync(withRenewed)).StatusCode);
        using var forged = await server.Api.PostAsJsonAsync("api/auth/refresh", new { refreshToken = "forged" });
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);

        // An administrator changes the account (password, lock, roles): its refresh tokens stop working.
        await using (var scope = server.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AmparoUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByNameAsync(userName))!);
        }

        using var stale = await server.Api.PostAsJsonAsync("api/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_role_that_does_not_handle_alarms_cannot_acknowledge_them(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var police = await TestUsers.CreateAsync(server, "policia.arequipa", AmparoRoles.Policia, test.JurisdictionId);
        var inside = test.North(100);
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        using var client = await server.ClientAsync(police);
        var alarm = Assert.Single(await ApiJson.OpenAlarmsAsync(client, test.Id));

        using var ack = await client.PostAsJsonAsync($"api/alarms/{alarm.GetProperty("id").GetGuid()}/acknowledge", new { note = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, ack.StatusCode);
    }
}
