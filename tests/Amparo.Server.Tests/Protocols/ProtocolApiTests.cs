using System.Net;
using Amparo.Domain.Alarms;
using Amparo.Domain.Protocols;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.Protocols;

[Collection(ServerCollection.Name)]
public class ProtocolApiTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_supervisor_replaces_a_protocol_after_its_problems_are_fixed_and_goes_back_to_the_default(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var supervisor = await server.ClientAsync("supervisor");
        using var operador = await server.ClientAsync("operador");
        var own = new
        {
            steps = new[]
            {
                new { code = "call_aggressor_route", kind = "CallAggressor", es = "Llamar al agresor.", en = "Call the aggressor.", required = true },
                new { code = "notify_court", kind = "NotifyCourt", es = "Informar al juzgado.", en = "Notify the court.", required = false },
            },
        };
        var broken = new
        {
            steps = new[]
            {
                new { code = "Bad Code", kind = "Other", es = "x", en = "x", required = true },
                new { code = "twice", kind = "Other", es = "", en = "y", required = true },
                new { code = "twice", kind = "Other", es = "z", en = "z", required = true },
            },
        };

        using var refused = await supervisor.PutAsJsonAsync("api/protocols/route_deviation", broken);
        using var byOperator = await operador.PutAsJsonAsync("api/protocols/route_deviation", own);
        using var unknownType = await supervisor.PutAsJsonAsync("api/protocols/no_such_type", own);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problems = System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("problems")
            .EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains(problems, p => p!.Contains("«Bad Code»", StringComparison.Ordinal));
        Assert.Contains(problems, p => p!.Contains("«twice»", StringComparison.Ordinal));
        Assert.Contains("Los códigos de paso se repiten.", problems);
        Assert.Equal(HttpStatusCode.Forbidden, byOperator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownType.StatusCode);

        try
        {
            using var saved = await supervisor.PutAsJsonAsync("api/protocols/route_deviation", own);
            Assert.True((await ApiJson.ReadAsync(saved)).GetProperty("custom").GetBoolean());
            using var list = await operador.GetAsync("api/protocols");
            var all = (await ApiJson.ReadAsync(list)).EnumerateArray().ToList();
            Assert.Equal(Enum.GetValues<AlarmType>().Length, all.Count);
            var route = Assert.Single(all, p => p.GetProperty("type").GetString() == "route_deviation");
            Assert.True(route.GetProperty("custom").GetBoolean());
            Assert.Equal(["call_aggressor_route", "notify_court"], route.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
            Assert.False(route.GetProperty("steps")[1].GetProperty("required").GetBoolean());
            Assert.False(Assert.Single(all, p => p.GetProperty("type").GetString() == "zone_entry").GetProperty("custom").GetBoolean());
        }
        finally
        {
            using var reverted = await supervisor.DeleteAsync("api/protocols/route_deviation");
            var back = await ApiJson.ReadAsync(reverted);
            Assert.False(back.GetProperty("custom").GetBoolean());
            Assert.Equal(DefaultProtocols.For(AlarmType.RouteDeviation).Steps.Select(s => s.Code),
                back.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        }

        using var get = await operador.GetAsync("api/protocols/route_deviation");
        Assert.False((await ApiJson.ReadAsync(get)).GetProperty("custom").GetBoolean());
        foreach (var action in new[] { "protocol.saved", "protocol.reverted" })
        {
            using var audit = await supervisor.GetAsync($"api/audit?action={action}&take=5");
            Assert.Contains((await ApiJson.ReadAsync(audit)).EnumerateArray(),
                e => e.GetProperty("subjectId").GetString() == "route_deviation" && e.GetProperty("userName").GetString() == "supervisor");
        }
    }
}
