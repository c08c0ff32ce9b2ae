using System.Text.Json;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.Security;

[Collection(ServerCollection.Name)]
public class AuditReviewTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_supervisor_reviews_who_read_a_victims_track_in_her_jurisdiction_and_another_jurisdictions_supervisor_does_not(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var cusco = await TestUsers.JurisdictionAsync(server, "Cusco");
        (await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        using var operador = await server.ClientAsync("operador");
        using var supervisor = await server.ClientAsync("supervisor");
        using var elsewhere = await server.ClientAsync(await TestUsers.CreateAsync(server, "supervisora.cusco", AmparoRoles.Supervisor, cusco));
        using (var read = await operador.GetAsync($"api/cases/{test.Id}/track?party=victim"))
        {
            read.EnsureSuccessStatusCode();
        }

        var seen = await ListAsync(supervisor, $"api/audit?caseId={test.Id}&user=operador");
        var hidden = await ListAsync(elsewhere, $"api/audit?caseId={test.Id}");

        Assert.Contains(seen, e => e.GetProperty("action").GetString() == AuditActions.VictimPositionRead);
        Assert.Contains(seen, e => e.GetProperty("action").GetString() == AuditActions.VictimDataAnswered
                                   && e.GetProperty("details").GetString()!.Contains("track?party=victim", StringComparison.Ordinal));
        Assert.All(seen, e => Assert.Equal("operador", e.GetProperty("userName").GetString()));
        Assert.All(seen, e => Assert.Equal("127.0.0.1", e.GetProperty("remoteAddress").GetString()));
        Assert.Empty(hidden);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_court_says_why_it_reads_a_victims_data_by_header_or_link_parameter_and_the_reason_is_audited(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var judge = await server.ClientAsync(await TestUsers.CreateAsync(server, "juzgado.motivo", AmparoRoles.Juzgado, test.JurisdictionId));
        judge.DefaultRequestHeaders.Remove(Server.Security.VictimDataAuditFilter.ReasonHeader);

        using var silent = await judge.GetAsync($"api/cases/{test.Id}");
        using var timeline = await judge.GetAsync($"api/cases/{test.Id}/timeline");
        using var token = await judge.GetAsync($"api/cases/{test.Id}?motivo=x");
        judge.DefaultRequestHeaders.Add(Server.Security.VictimDataAuditFilter.ReasonHeader, Uri.EscapeDataString("Oficio 123-2026, audiencia de variación"));
        using var said = await judge.GetAsync($"api/cases/{test.Id}");
        judge.DefaultRequestHeaders.Remove(Server.Security.VictimDataAuditFilter.ReasonHeader);
        // A console link carries it as a parameter, over two lines as typed: kept on one line, not repeated in the query.
        using var linked = await judge.GetAsync($"api/cases/{test.Id}?motivo={Uri.EscapeDataString("Audiencia de\n  control")}");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, silent.StatusCode);
        Assert.Contains("motivo", await silent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // "x" is not a reason: at least five characters, as the console asks.
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, token.StatusCode);
        Assert.Contains("al menos 5 caracteres", await token.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, timeline.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, said.StatusCode);
        using var supervisor = await server.ClientAsync("supervisor");
        var rows = await ListAsync(supervisor, $"api/audit?caseId={test.Id}&user=juzgado.motivo&action={AuditActions.VictimDataAnswered}");
        Assert.Equal(System.Net.HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.GetProperty("details").GetString()!.EndsWith("motivo: Oficio 123-2026, audiencia de variación", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.GetProperty("details").GetString() == $"GET /api/cases/{test.Id} | motivo: Audiencia de control");
    }

    private static async Task<IReadOnlyList<JsonElement>> ListAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (await ApiJson.ReadAsync(response)).EnumerateArray().ToList();
    }
}
