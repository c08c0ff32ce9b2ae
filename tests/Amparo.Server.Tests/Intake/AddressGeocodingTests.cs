using System.Net;
using System.Text.Json;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Intake;

/// <summary>
/// An address looked up on the programme's own geocoder (a Nominatim stub on 127.0.0.1): only its text leaves the
/// server, the candidates come back, one is confirmed by hand; a geocoder that fails is a 502, never a crash.
/// </summary>
[Collection(GeocodingServerCollection.Name)]
public class AddressGeocodingTests(GeocodingServerPool servers)
{
    private const string HerHome = "Calle Mercaderes 120, Cercado, Arequipa";

    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Her_address_alone_goes_to_the_geocoder_and_the_candidate_she_picks_is_confirmed_by_hand(DatabaseProvider provider)
    {
        var (server, geocoder) = await servers.GetAsync(provider);
        geocoder.Reply = (200, "application/json", NominatimStub.Places);
        geocoder.Received.Clear();
        using var desk = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.RegisterAsync();
        var home = await AddAsync(desk, caseId, "Victim", HerHome);
        var fileNumber = (await desk.IntakeAsync(caseId)).GetProperty("fileNumber").GetString()!;
        var timelineBefore = await desk.TimelineAsync(caseId);

        using var response = await desk.Cem.PostAsync($"api/cases/{caseId}/addresses/{home}/geocode", null);

        var candidates = (await ApiJson.ReadAsync(response)).GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal(["Calle Mercaderes 120, Cercado, Arequipa, Perú", "Calle Mercaderes, Cercado, Arequipa, Perú", "Mercaderes, Yanahuara, Arequipa, Perú"],
            candidates.Select(c => c.GetProperty("label").GetString()));
        Assert.Equal(-16.3988, candidates[0].GetProperty("latitude").GetDouble());
        Assert.Equal(-71.5369, candidates[0].GetProperty("longitude").GetDouble());
        Assert.Equal("building/house", candidates[0].GetProperty("kind").GetString());
        Assert.Equal(0.41, candidates[0].GetProperty("importance").GetDouble());
        Assert.Equal("suburb", candidates[2].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, candidates[2].GetProperty("importance").ValueKind);

        var asked = Assert.Single(geocoder.Received);
        Assert.Equal("GET", asked.Method);
        Assert.Equal("/nominatim/search", asked.Path);
        Assert.Equal(["addressdetails", "countrycodes", "email", "format", "limit", "q"], asked.Query.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HerHome, asked.Query["q"]);
        Assert.Equal("jsonv2", asked.Query["format"]);
        Assert.Equal("3", asked.Query["limit"]);
        Assert.Equal("0", asked.Query["addressdetails"]);
        Assert.Equal("pe", asked.Query["countrycodes"]);
        Assert.Equal(GeocodingServerPool.Email, asked.Query["email"]);
        Assert.Equal(GeocodingServerPool.UserAgent, asked.Headers["User-Agent"]);
        Assert.False(asked.Headers.ContainsKey("Authorization"));
        Assert.False(asked.Headers.ContainsKey("Cookie"));
        Assert.Equal("", asked.Body);
        foreach (var secret in new[] { caseId.ToString(), home.ToString(), fileNumber, "María", "Condori", "40123456", "959 000 111", "Mamani", "Juzgado", "Quispe" })
        {
            Assert.DoesNotContain(secret, asked.Everything, StringComparison.OrdinalIgnoreCase);
        }

        // The lookup placed nothing: the address waits, unplaced, until she confirms a place on the map.
        var waiting = Address(await desk.IntakeAsync(caseId), home);
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("latitude").ValueKind);
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("confirmedAt").ValueKind);
        Assert.Equal(timelineBefore, await desk.TimelineAsync(caseId));

        var picked = candidates[1];
        using (var confirmed = await desk.Cem.PostAsJsonAsync($"api/cases/{caseId}/addresses/{home}/confirm",
            new { latitude = picked.GetProperty("latitude").GetDouble(), longitude = picked.GetProperty("longitude").GetDouble() }))
        {
            await ApiJson.ReadAsync(confirmed);
        }

        var placed = Address(await desk.IntakeAsync(caseId), home);
        Assert.Equal(-16.4001, placed.GetProperty("latitude").GetDouble());
        Assert.Equal(-71.5350, placed.GetProperty("longitude").GetDouble());
        Assert.NotEqual(JsonValueKind.Null, placed.GetProperty("confirmedAt").ValueKind);

        // The technician surveying her home may look it up too; his address is no data of hers: not audited as such.
        using (var byTechnician = await desk.Technician.PostAsync($"api/cases/{caseId}/addresses/{home}/geocode", null))
        {
            Assert.Equal(HttpStatusCode.OK, byTechnician.StatusCode);
        }

        var his = await AddAsync(desk, caseId, "Aggressor", "Av. Ejército 800, Cayma");
        using (var byCourt = await desk.Court.PostAsync($"api/cases/{caseId}/addresses/{his}/geocode", null))
        {
            Assert.Equal(HttpStatusCode.OK, byCourt.StatusCode);
        }

        Assert.Equal(["Calle Mercaderes 120, Cercado, Arequipa", "Calle Mercaderes 120, Cercado, Arequipa", "Av. Ejército 800, Cayma"],
            geocoder.Received.Select(r => r.Query["q"]));
        await using var db = server.Db();
        var reads = await db.AuditEvents.Where(e => e.CaseId == caseId && e.Action == AuditActions.VictimDataRead && e.Details!.EndsWith("geocode")).ToListAsync();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, e => Assert.Equal(("victim_addresses", home.ToString(), "api geocode"), (e.SubjectType, e.SubjectId, e.Details)));
        Assert.Equal(["cem", "tecnico"], reads.Select(e => e.UserName.Split('-')[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_geocoder_that_fails_is_down_or_talks_nonsense_is_a_502_and_the_server_answers_on(DatabaseProvider provider)
    {
        var (server, geocoder) = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.RegisterAsync();
        var home = await AddAsync(desk, caseId, "Victim", HerHome);
        var path = $"api/cases/{caseId}/addresses/{home}/geocode";
        try
        {
            foreach (var reply in new[]
            {
                (500, "text/plain", "Internal Server Error"),
                (429, "application/json", "[]"),
                (200, "text/html", "<html><body>Nominatim</body></html>"),
                (200, "application/json", """{"error": "Unable to geocode"}"""),
                (200, "application/json", """[{"lat": "-16.39", "lon": """),
            })
            {
                geocoder.Reply = reply;
                using var failed = await desk.Cem.PostAsync(path, null);
                await AssertProblemAsync(failed, HttpStatusCode.BadGateway, "ubique la dirección en el mapa");
            }

            geocoder.Reply = (200, "application/json", """[{"lat": "91", "lon": "0", "display_name": "Polo"}, {"lat": "x", "lon": "1"}]""");
            using (var nothing = await desk.Cem.PostAsync(path, null))
            {
                Assert.Empty((await ApiJson.ReadAsync(nothing)).GetProperty("candidates").EnumerateArray());
            }

            await geocoder.StopAsync();
            using (var down = await desk.Cem.PostAsync(path, null))
            {
                await AssertProblemAsync(down, HttpStatusCode.BadGateway, "ubique la dirección en el mapa");
            }

            Assert.Equal(HttpStatusCode.OK, (await desk.Cem.GetAsync($"api/cases/{caseId}/intake")).StatusCode);
        }
        finally
        {
            geocoder.Reply = (200, "application/json", NominatimStub.Places);
            await geocoder.StopAsync();
            await geocoder.StartAsync();
        }

        using var again = await desk.Cem.PostAsync(path, null);
        Assert.Equal(3, (await ApiJson.ReadAsync(again)).GetProperty("candidates").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Her_address_is_looked_up_only_by_those_who_place_it_and_only_in_their_jurisdictions(DatabaseProvider provider)
    {
        var (server, geocoder) = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        using var elsewhere = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.RegisterAsync();
        var home = await AddAsync(desk, caseId, "Victim", HerHome);
        var old = await AddAsync(desk, caseId, "Victim", "Calle Moral 300, Arequipa");
        (await desk.Cem.DeleteAsync($"api/cases/{caseId}/addresses/{old}")).EnsureSuccessStatusCode();
        using var police = await server.ClientAsync(await TestUsers.CreateAsync(server, "policia-" + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Policia, desk.JurisdictionId));
        geocoder.Received.Clear();

        using (var byPolice = await police.PostAsync($"api/cases/{caseId}/addresses/{home}/geocode", null))
        {
            await AssertProblemAsync(byPolice, HttpStatusCode.Forbidden, "Su rol");
        }

        using (var byOperator = await desk.Operator.PostAsync($"api/cases/{caseId}/addresses/{home}/geocode", null))
        {
            await AssertProblemAsync(byOperator, HttpStatusCode.Forbidden, "Su rol");
        }

        using (var fromElsewhere = await elsewhere.Cem.PostAsync($"api/cases/{caseId}/addresses/{home}/geocode", null))
        {
            Assert.Equal(HttpStatusCode.NotFound, fromElsewhere.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await desk.Cem.PostAsync($"api/cases/{caseId}/addresses/{old}/geocode", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Cem.PostAsync($"api/cases/{caseId}/addresses/{Guid.NewGuid()}/geocode", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Cem.PostAsync($"api/cases/{Guid.NewGuid()}/addresses/{home}/geocode", null)).StatusCode);

        Assert.Empty(geocoder.Received);
        await using var db = server.Db();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.CaseId == caseId && e.Details!.EndsWith("geocode")));
    }

    internal static async Task<Guid> AddAsync(IntakeDesk desk, Guid caseId, string role, string text)
    {
        using var response = await desk.Cem.PostAsJsonAsync($"api/cases/{caseId}/addresses", new { role, kind = "Home", text });
        return (await ApiJson.ReadAsync(response)).GetProperty("id").GetGuid();
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement Address(JsonElement intake, Guid id) =>
        intake.GetProperty("addresses").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
}
