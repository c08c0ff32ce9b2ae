using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.Risk;

[Collection(ServerCollection.Name)]
public class RiskInstrumentApiTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_shipped_fvr_is_listed_and_its_definition_served_for_a_form(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");

        using var list = await operador.GetAsync("api/risk/instruments");
        using var definition = await operador.GetAsync("api/risk/instruments/pe-fvr/2019");
        using var missing = await operador.GetAsync("api/risk/instruments/pe-fvr/1999");

        var fvr = Assert.Single((await ApiJson.ReadAsync(list)).EnumerateArray(), i => i.GetProperty("code").GetString() == "pe-fvr");
        var version = Assert.Single(fvr.GetProperty("versions").EnumerateArray());
        Assert.Equal(("2019", true), (version.GetProperty("version").GetString(), version.GetProperty("shipped").GetBoolean()));
        var form = await ApiJson.ReadAsync(definition);
        var items = form.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(23, items.Count);
        Assert.Equal("2a", items.Single(i => i.GetProperty("code").GetString() == "3").GetProperty("parent").GetString());
        Assert.Equal("Extreme", form.GetProperty("levelMap").GetProperty("severo_extremo").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_supervisor_adds_a_version_once_and_a_police_officer_assesses_with_it(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var supervisor = await server.ClientAsync("supervisor");
        using var operador = await server.ClientAsync("operador");
        using var police = await server.ClientAsync(await TestUsers.CreateAsync(server, "policia.instrumento", AmparoRoles.Policia, test.JurisdictionId));
        var code = RiskRequests.UniqueCode();
        var broken = (await RiskRequests.Instrument(code, "1", points: 2).ReadAsStringAsync()).Replace("\"max\":2", "\"max\":3", StringComparison.Ordinal);

        using var refused = await supervisor.PostAsync("api/risk/instruments", new StringContent(broken, System.Text.Encoding.UTF8, "application/json"));
        using var byOperator = await operador.PostAsync("api/risk/instruments", RiskRequests.Instrument(code, "1", points: 2));
        using var added = await supervisor.PostAsync("api/risk/instruments", RiskRequests.Instrument(code, "1", points: 2));
        using var again = await supervisor.PostAsync("api/risk/instruments", RiskRequests.Instrument(code, "1", points: 9));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problems = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("definition");
        Assert.Equal("Las bandas «bajo» (0–3) y «alto» (3–10) se solapan.", Assert.Single(problems.EnumerateArray()).GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byOperator.StatusCode);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal($"/api/risk/instruments/{code}/1", added.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("ya tiene una versión «1»", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var listed = await operador.GetAsync("api/risk/instruments");
        var version = Assert.Single(Assert.Single((await ApiJson.ReadAsync(listed)).EnumerateArray(), i => i.GetProperty("code").GetString() == code)
            .GetProperty("versions").EnumerateArray());
        Assert.Equal(("supervisor", false), (version.GetProperty("addedBy").GetString(), version.GetProperty("shipped").GetBoolean()));
        using var assessed = await police.PostAsJsonAsync($"api/cases/{test.Id}/risk-assessments",
            new { instrument = code, version = "1", institutionName = "Comisaría", answers = new { a = "si" } });
        var assessment = await ApiJson.ReadAsync(assessed);
        Assert.Equal((2, "bajo", "Low"), (assessment.GetProperty("rawScore").GetInt32(), assessment.GetProperty("finalLevel").GetString(),
            assessment.GetProperty("commonLevel").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_old_assessment_keeps_its_scoring_after_a_newer_version_is_added(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var supervisor = await server.ClientAsync("supervisor");
        var code = RiskRequests.UniqueCode();
        (await supervisor.PostAsync("api/risk/instruments", RiskRequests.Instrument(code, "1", points: 2))).EnsureSuccessStatusCode();
        (await supervisor.PostAsJsonAsync($"api/cases/{test.Id}/risk-assessments",
            new { instrument = code, version = "1", assessedOn = RiskRequests.Today(daysAgo: 1), answers = new { a = "si" } })).EnsureSuccessStatusCode();

        (await supervisor.PostAsync("api/risk/instruments", RiskRequests.Instrument(code, "2", points: 5))).EnsureSuccessStatusCode();
        (await supervisor.PostAsJsonAsync($"api/cases/{test.Id}/risk-assessments",
            new { instrument = code, version = "2", answers = new { a = "si" } })).EnsureSuccessStatusCode();

        using var list = await supervisor.GetAsync($"api/cases/{test.Id}/risk-assessments");
        var assessments = (await ApiJson.ReadAsync(list)).EnumerateArray()
            .Select(a => (a.GetProperty("version").GetString(), a.GetProperty("rawScore").GetInt32(), a.GetProperty("finalLevel").GetString(), a.GetProperty("commonLevel").GetString()))
            .ToList();
        Assert.Equal([("2", 5, "alto", "High"), ("1", 2, "bajo", "Low")], assessments);
    }
}
