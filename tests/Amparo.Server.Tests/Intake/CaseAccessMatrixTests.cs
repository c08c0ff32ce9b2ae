using System.Net;
using System.Text;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Intake;

/// <summary>
/// Every endpoint of a case, read from the running app, called by every role of the case's jurisdiction and of
/// another: who may read what is declared here, and a case endpoint nobody declared fails the test.
/// </summary>
[Collection(ServerCollection.Name)]
public class CaseAccessMatrixTests(ServerPool servers)
{
    private static readonly string[] Everyone = [.. AmparoRoles.All];

    /// <summary>Each case read and the roles of the case's own jurisdiction that get it (the others: 403).</summary>
    private static readonly Dictionary<string, string[]> Reads = new(StringComparer.Ordinal)
    {
        ["/api/cases/{id:guid}"] = Everyone,
        ["/api/cases/{id:guid}/intake"] = Everyone,
        ["/api/cases/{id:guid}/timeline"] = Everyone,
        ["/api/cases/{id:guid}/replay"] = Everyone,
        ["/api/cases/{id:guid}/track"] = [.. AmparoRoles.VictimLocationReaders],
        ["/api/cases/{id:guid}/dependants"] = [.. AmparoRoles.VictimDataReaders],
        ["/api/cases/{id:guid}/vehicles"] = Everyone,
        ["/api/cases/{id:guid}/acts"] = Everyone,
        ["/api/cases/{id:guid}/risk-assessments/"] = [.. Everyone.Where(r => r != AmparoRoles.Tecnico)],
        ["/api/cases/{caseId:guid}/people/{personId:guid}/contacts/"] = [.. AmparoRoles.VictimLocationReaders],
        ["/api/cases/{id:guid}/notices"] = Everyone,
        ["/api/cases/{id:guid}/reports/occurrences"] = Everyone,
        ["/api/cases/{id:guid}/circuits"] = [.. Server.Registries.RegistryRoles.Readers],
        ["/api/cases/{id:guid}/follow-ups"] = Everyone,
        ["/api/cases/{id:guid}/app-installations"] = [.. Server.App.AppRoles.Managers],
    };

    /// <summary>
    /// Reads by POST (they send nothing to store) and the roles of the case's jurisdiction that get past their checks
    /// on the victim's home (the others: 403). This server has no geocoder, so those get 503, not the candidates.
    /// </summary>
    private static readonly Dictionary<string, (string[] Roles, HttpStatusCode Status)> Lookups = new(StringComparer.Ordinal)
    {
        ["/api/cases/{id:guid}/addresses/{addressId:guid}/geocode"] =
            ([.. AmparoRoles.IntakeRecorders.Union(AmparoRoles.CoverageSurveyors).Intersect(AmparoRoles.VictimDataReaders)], HttpStatusCode.ServiceUnavailable),
    };

    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_role_of_every_jurisdiction_gets_exactly_the_case_data_it_may(Amparo.Data.Database.DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        using var elsewhere = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.RegisterAsync();
        var home = await desk.AddAddressAsync(caseId, "Victim", "Home", IntakeDesk.HerHome);
        await desk.AssessAsync(caseId);
        (await desk.Cem.PostAsJsonAsync($"api/cases/{caseId}/dependants", new { fullName = "Lucía", category = "Child" }, ApiJson.Options)).EnsureSuccessStatusCode();
        Guid victim;
        await using (var db = server.Db())
        {
            victim = await db.People.Where(p => p.CaseId == caseId && p.Role == Domain.People.PartyRole.Victim).Select(p => p.Id).SingleAsync();
        }

        var routes = server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/cases/{id", StringComparison.Ordinal) || raw.StartsWith("/api/cases/{caseId", StringComparison.Ordinal)))
            .Select(e => (Pattern: e.RoutePattern.RawText!, Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .ToList();
        var reads = routes.Where(r => r.Methods.Contains("GET")).Select(r => r.Pattern).Distinct().ToList();
        Assert.Empty(reads.Except(Reads.Keys));
        var writes = routes.Where(r => r.Methods.Any(m => m != "GET")).SelectMany(r => r.Methods.Where(m => m != "GET").Select(m => (r.Pattern, Method: m))).ToList();
        Assert.True(writes.Count >= 15, $"{writes.Count} case writes found");
        Assert.Empty(Lookups.Keys.Except(writes.Where(w => w.Method == "POST").Select(w => w.Pattern)));

        var failures = new List<string>();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        foreach (var role in AmparoRoles.All)
        {
            using var own = await server.ClientAsync(await TestUsers.CreateAsync(server, $"m-{suffix}-{Ascii(role)}", role, desk.JurisdictionId));
            using var other = await server.ClientAsync(await TestUsers.CreateAsync(server, $"x-{suffix}-{Ascii(role)}", role, elsewhere.JurisdictionId));
            foreach (var pattern in reads)
            {
                var path = Path(pattern, caseId, victim, home);
                var expected = Reads[pattern].Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
                Check(failures, $"{role} GET {path}", expected, (await own.GetAsync(path)).StatusCode);
                // Another jurisdiction's case does not exist for her; a role refused everywhere may be told so first.
                var elsewhereStatus = (await other.GetAsync(path)).StatusCode;
                if (elsewhereStatus != HttpStatusCode.NotFound && !(expected == HttpStatusCode.Forbidden && elsewhereStatus == HttpStatusCode.Forbidden))
                {
                    failures.Add($"{role} of another jurisdiction GET {path}: {(int)elsewhereStatus}, expected 404");
                }
            }

            foreach (var (pattern, (roles, status)) in Lookups)
            {
                var path = Path(pattern, caseId, victim, home);
                Check(failures, $"{role} POST {path}", roles.Contains(role) ? status : HttpStatusCode.Forbidden, (await own.PostAsync(path, null)).StatusCode);
            }

            foreach (var (pattern, method) in writes)
            {
                var path = Path(pattern, caseId, victim, home);
                var body = pattern.EndsWith("/contacts/", StringComparison.Ordinal) ? "[]" : "{}";
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                var status = (await other.SendAsync(request)).StatusCode;
                if (status is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
                {
                    failures.Add($"{role} of another jurisdiction {method} {path}: {(int)status}, expected 404 or 403");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        await using (var db = server.Db())
        {
            Assert.Equal(1, await db.Dependants.CountAsync(d => d.CaseId == caseId));
            Assert.Single(await db.CaseAddresses.Where(a => a.CaseId == caseId).ToListAsync());
        }
    }

    private static void Check(List<string> failures, string what, HttpStatusCode expected, HttpStatusCode actual)
    {
        if (expected != actual)
        {
            failures.Add($"{what}: {(int)actual}, expected {(int)expected}");
        }
    }

    private static string Path(string pattern, Guid caseId, Guid victim, Guid home)
    {
        var path = pattern.Replace("{id:guid}", caseId.ToString(), StringComparison.Ordinal)
            .Replace("{caseId:guid}", caseId.ToString(), StringComparison.Ordinal)
            .Replace("{personId:guid}", victim.ToString(), StringComparison.Ordinal)
            .Replace("{addressId:guid}", home.ToString(), StringComparison.Ordinal);
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{[a-zA-Z]+:guid\}", Guid.NewGuid().ToString());
        path = path.TrimStart('/');
        return pattern.EndsWith("/track", StringComparison.Ordinal) ? path + "?party=victim" : path;
    }

    private static string Ascii(string role) => new([.. role.Normalize(NormalizationForm.FormD).Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
}
