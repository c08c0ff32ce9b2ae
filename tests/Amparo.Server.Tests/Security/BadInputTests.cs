using System.Net;
using System.Text;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Security;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Security;

/// <summary>
/// Every public endpoint of the running app gets broken JSON, wrong types, bodies over its limit and hostile query
/// strings, as the caller the matrix lets in (staff, the victim's app and a citizen's app each with its own token): the answer is a 4xx with a problem, never a 500, and nothing is stored.
/// </summary>
[Collection(ServerCollection.Name)]
public class BadInputTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static readonly string[] Malformed =
    [
        "{\"note\":", "{note: 'x'}", "[1,2,3]", "\"texto\"", "12345", "null", "{\"from\":\"ayer\",\"to\":[],\"latitude\":\"norte\"}",
        "{\"userName\":5,\"password\":{\"a\":1},\"code\":true,\"refreshToken\":[]}", "{\"kind\":\"NoExiste\",\"outcome\":99,\"at\":\"2026-13-45\"}",
        "\uFEFF{\"\u0000\":\"\uD800\"}",
    ];

    private static readonly string[] Hostile =
    [
        "'; DROP TABLE \"Cases\"; --", "' OR '1'='1", "<script>alert(1)</script>", "../../../../etc/passwd", "${jndi:ldap://x/a}",
        "%00%27%22", new string('Ñ', 1000),
    ];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_endpoint_answers_broken_oversized_and_hostile_input_with_a_4xx_and_stores_nothing(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var fixture = await AccessFixture.CreateAsync(server);
        var administrator = fixture.Users.First(u => u.Role == AmparoRoles.Administrador && u.Own).Client;
        // The victim's app, enrolled on the fixture's case: its own endpoints are fuzzed with its own token.
        using var phone = await App.AppPhone.EnrolAsync(server, fixture.Case.Id);
        // A citizen registered with the municipal app: the citizens' endpoints are fuzzed with her token.
        using var citizen = await CitizenApp.CitizenPhone.RegisterAsync(server);
        using var anonymous = new HttpClient { BaseAddress = server.Api.BaseAddress };
        var endpoints = MatrixEndpoints.Of(server.App)
            .Select(e => (Rule: AccessMatrix.Find(e.Key)!, e.Method, Path: fixture.Fill(e.Pattern), e.Endpoint))
            .Where(e => e.Rule.Key.StartsWith("GET /api", StringComparison.Ordinal) || e.Rule.Key.StartsWith("POST /", StringComparison.Ordinal)
                        || e.Rule.Key.StartsWith("PUT /", StringComparison.Ordinal) || e.Rule.Key.StartsWith("GET /app/api", StringComparison.Ordinal))
            .DistinctBy(e => e.Rule.Key)
            .ToList();
        var failures = new List<string>();
        var fuzzer = fixture.Users.First(u => u.Role == AmparoRoles.Administrador && u.Own).Name;
        var before = await CountsAsync(server, fuzzer);

        foreach (var (rule, method, path, endpoint) in endpoints)
        {
            var client = rule.Caller switch
            {
                AccessCaller.Staff => administrator,
                AccessCaller.App when IsCitizens(rule) => citizen.Client,
                AccessCaller.App => phone.Client,
                _ => anonymous,
            };
            if (method == "GET")
            {
                foreach (var hostile in Hostile)
                {
                    var query = string.Join('&', new[] { "take", "from", "to", "caseId", "state", "format", "party", "lang", "days", "circuit" }
                        .Select(p => $"{p}={Uri.EscapeDataString(hostile)}"));
                    using var response = await client.GetAsync($"{path}?{query}");
                    Check(failures, rule, $"GET ?{hostile[..Math.Min(20, hostile.Length)]}", response, allowSuccess: true);
                }

                continue;
            }

            if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is null)
            {
                // It reads no body (a claim, a sign-out): whatever is sent is not looked at.
                continue;
            }

            foreach (var body in Malformed)
            {
                using var response = await SendAsync(client, method, path, body);
                Check(failures, rule, body[..Math.Min(30, body.Length)], response, allowSuccess: false);
            }

            var limit = endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? RequestBodyLimits.Default;
            using (var oversize = await SendAsync(client, method, path, "{\"note\":\"" + new string('x', (int)limit) + "\"}"))
            {
                if (oversize.StatusCode != HttpStatusCode.RequestEntityTooLarge)
                {
                    failures.Add($"{rule.Key}: {limit + 11} bytes answered {(int)oversize.StatusCode}, not 413");
                }
            }
        }

        var after = await CountsAsync(server, fuzzer);
        Assert.True(failures.Count == 0, $"{failures.Count} bad answers:\n" + string.Join('\n', failures));
        Assert.Equal(before, after);

        // Hostile text in fields that are stored is stored as text: it runs nowhere.
        foreach (var hostile in Hostile.Take(3))
        {
            var alarm = fixture.Users.First(u => u.Role == AmparoRoles.Supervisor && u.Own).Client;
            using var note = await alarm.PostAsync($"api/cases/{fixture.Case.Id}/vehicles",
                new StringContent($"{{\"plate\":\"{JsonText(hostile)}\",\"description\":\"{JsonText(hostile)}\"}}", Encoding.UTF8, "application/json"));
            Assert.True((int)note.StatusCode < 500, await note.Content.ReadAsStringAsync());
        }

        await using var db = server.Db();
        Assert.True(await db.Cases.AnyAsync(c => c.Id == fixture.Case.Id));
    }

    private static bool IsCitizens(AccessRule rule) => rule.Key.Contains("/ciudadania/", StringComparison.Ordinal);

    private static void Check(List<string> failures, AccessRule rule, string what, HttpResponseMessage response, bool allowSuccess)
    {
        var status = (int)response.StatusCode;
        if (status >= 500 || (!allowSuccess && status < 400))
        {
            failures.Add($"{rule.Key} [{what}]: {status}");
        }
        else if (status is >= 400 and < 500 and not (401 or 403 or 404 or 405 or 413 or 414 or 415 or 431)
                 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{rule.Key} [{what}]: {status} without a problem document ({response.Content.Headers.ContentType?.MediaType})");
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        // As a careful client does with a large body: the server may refuse it before it is sent.
        request.Headers.ExpectContinue = body.Length > 64 * 1024;
        return await client.SendAsync(request);
    }

    private static string JsonText(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>What the fuzzing could have stored; the engine's own alarm actions (escalations, clearances) run meanwhile and are not counted.</summary>
    private static async Task<string> CountsAsync(TestServer server, string fuzzer)
    {
        await using var db = server.Db();
        var counts = new[]
        {
            await db.Cases.CountAsync(), await db.People.CountAsync(), await db.CaseAddresses.CountAsync(), await db.Dependants.CountAsync(),
            await db.Vehicles.CountAsync(), await db.JudicialOrders.CountAsync(), await db.FollowUps.CountAsync(), await db.RiskAssessments.CountAsync(),
            await db.Devices.CountAsync(), await db.FieldActs.CountAsync(), await db.Notices.CountAsync(), await db.AlarmActions.CountAsync(a => a.UserName == fuzzer),
            await db.DispatchRequests.CountAsync(), await db.TrustedContacts.CountAsync(), await db.CitizenReports.CountAsync(),
            await db.CitizenAccounts.CountAsync(), await db.AppEnrolments.CountAsync(), await db.Protocols.CountAsync(), await db.StoredFiles.CountAsync(),
            await db.Users.CountAsync(), await db.AppAlerts.CountAsync(), await db.CitizenAlerts.CountAsync(),
        };
        return string.Join(',', counts);
    }
}
