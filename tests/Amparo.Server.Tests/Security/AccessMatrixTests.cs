using System.IO.Compression;
using System.Net;
using System.Reflection;
using System.Text;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Server.Auth;
using Amparo.Server.Security;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Security;

[Collection(ServerCollection.Name)]
public class AccessMatrixTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Fact]
    public async Task Every_endpoint_page_and_hub_method_has_one_rule_and_answers_to_it()
    {
        var server = await servers.GetAsync(DatabaseProvider.Sqlite);
        var endpoints = MatrixEndpoints.Of(server.App);
        var unlisted = endpoints.Where(e => AccessMatrix.Find(e.Key) is null).Select(e => e.Key).Distinct().ToList();
        var hubMethods = typeof(AccessMatrix).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Hub)))
            .SelectMany(h => h.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.Name is not (nameof(Hub.OnConnectedAsync) or nameof(Hub.OnDisconnectedAsync)))
                .Select(m => (Key: AccessMatrix.HubKey(h.Name, m.Name), Method: m)))
            .ToList();

        Assert.True(unlisted.Count == 0, "Not in the access matrix:\n" + string.Join('\n', unlisted));
        Assert.DoesNotContain(hubMethods, m => AccessMatrix.Find(m.Key) is null);
        Assert.All(hubMethods, m => Assert.Contains(m.Method.GetCustomAttributes<AuthorizeAttribute>(), a => a.Policy == AmparoPolicies.Access));
        var declared = endpoints.Select(e => e.Key).Concat(hubMethods.Select(m => m.Key)).ToHashSet();
        var stale = AccessMatrix.Rules.Select(r => r.Key).Where(k => !declared.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "In the matrix but not in the app:\n" + string.Join('\n', stale));
        Assert.Equal(AccessMatrix.Rules.Count, AccessMatrix.Rules.Select(r => r.Key).Distinct().Count());
        // Whatever the matrix does not open must carry its policy; what it opens is open by its own word.
        var unguarded = endpoints
            .Where(e => AccessMatrix.Find(e.Key)!.Caller != AccessCaller.Anonymous)
            .Where(e => !e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == (e.Key.StartsWith("PAGE ", StringComparison.Ordinal) ? e.Key : AmparoPolicies.Access))
                        || e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.Key).ToList();
        Assert.True(unguarded.Count == 0, "Not guarded by the access policy:\n" + string.Join('\n', unguarded));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_endpoint_answers_each_role_in_and_out_of_its_jurisdiction_as_the_matrix_says(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var fixture = await AccessFixture.CreateAsync(server);
        var calls = MatrixEndpoints.Of(server.App)
            .Where(e => !e.Key.StartsWith(AccessKeys.AnyMethod + " ", StringComparison.Ordinal) && e.Key != AccessMatrix.StaticFiles)
            .Select(e => (Rule: AccessMatrix.Find(e.Key)!, e.Method, Path: fixture.Fill(e.Pattern)))
            .Where(c => c.Rule.Caller != AccessCaller.Anonymous)
            .DistinctBy(c => c.Rule.Key)
            // Signing out everywhere ends the session the other calls need: it goes last.
            .OrderBy(c => c.Rule.Key == "POST /api/auth/sessions/end")
            .ToList();
        var failures = new List<string>();
        var answered = new List<(string User, string Key)>();
        using var noRedirects = new HttpClientHandler { AllowAutoRedirect = false };
        using var anonymous = new HttpClient(noRedirects) { BaseAddress = server.Api.BaseAddress };

        foreach (var (rule, method, path) in calls)
        {
            using (var response = await SendAsync(anonymous, method, path))
            {
                // The API answers 401; the console sends the browser to its sign-in page.
                var api = path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("app/api/", StringComparison.Ordinal);
                Expect(failures, response, api ? HttpStatusCode.Unauthorized : HttpStatusCode.Redirect, rule, path, "anonymous");
            }

            foreach (var user in fixture.Users)
            {
                using var response = await SendAsync(user.Client, method, path);
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                var who = $"{user.Role} ({(user.Own ? "own" : "other")} jurisdiction)";
                if (status >= 500)
                {
                    failures.Add($"{rule.Key} {path} as {who}: {status} {body[..Math.Min(body.Length, 300)]}");
                    continue;
                }

                // A page's first, prerendered answer carries nothing of her, whoever asks: her data comes over the circuit,
                // after the page's opening is audited (VictimDataReasonTests follows that in Chromium).
                var page = rule.Key.StartsWith("PAGE ", StringComparison.Ordinal);
                fixture.CheckMinimised(failures, page ? rule with { Exposure = VictimExposure.None } : rule, user, path, body);
                if (rule.Caller == AccessCaller.App)
                {
                    Expect(failures, response, HttpStatusCode.Unauthorized, rule, path, who);
                }
                else if (!rule.Roles.Contains(user.Role))
                {
                    Expect(failures, response, HttpStatusCode.Forbidden, rule, path, who);
                }
                else if (!user.Own && fixture.NamesARealRecord(rule, path))
                {
                    Expect(failures, response, HttpStatusCode.NotFound, rule, path, who);
                }
                else if (status == 401 || (status == 403 && (method == "GET" || body.Length == 0)))
                {
                    // A write's handler may refuse what the body asks of a role (a follow-up's kind): with a reason, not as the policy does.
                    failures.Add($"{rule.Key} {path} as {who}: refused ({status}) though the matrix allows it");
                }
                else if (!page && user.Own && fixture.Receives(rule, user) && status is >= 200 and < 300)
                {
                    answered.Add((user.Name, rule.Key));
                }

                if (rule.Roles.Contains(user.Role))
                {
                    await ExportAsync(fixture, failures, answered, rule, user, path);
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answers differ from the matrix:\n" + string.Join('\n', failures));
        // Audit completeness: every answer of an endpoint carrying a victim's data left its row before it was sent.
        Assert.NotEmpty(answered);
        await using var db = server.Db();
        var rows = await db.AuditEvents.Where(e => e.UserName.StartsWith("matriz.")).Select(e => new { e.UserName, e.Action, e.SubjectId, e.RemoteAddress }).ToListAsync();
        var missing = answered
            .Where(a => !rows.Any(r => r.UserName == a.User && r.RemoteAddress == "127.0.0.1" && r.Action == AuditActions.VictimDataAnswered && r.SubjectId == a.Key))
            .Select(a => $"{a.Key} as {a.User}").ToList();
        Assert.True(missing.Count == 0, "Answered without an audit row:\n" + string.Join('\n', missing));
    }

    /// <summary>
    /// The exports the matrix calls without a query only refuse (no period, no format): each is also made as CSV and
    /// as XLSX, whose sheets are scanned like any body. Her name must be in the export of those who may read it, or the
    /// scan would prove nothing.
    /// </summary>
    [Fact]
    public void Every_export_the_matrix_test_makes_is_a_line_of_the_matrix() =>
        Assert.All(Exports.Keys, key => Assert.NotNull(AccessMatrix.Find(key)));

    private static async Task ExportAsync(AccessFixture fixture, List<string> failures, List<(string User, string Key)> answered, AccessRule rule, MatrixUser user, string path)
    {
        if (!Exports.TryGetValue(rule.Key, out var query))
        {
            return;
        }

        foreach (var format in new[] { "csv", "xlsx" })
        {
            using var response = await user.Client.GetAsync($"{path}?format={format}&{query}");
            var text = TextOf(await response.Content.ReadAsByteArrayAsync());
            var who = $"{rule.Key} {format} as {user.Role} ({(user.Own ? "own" : "other")} jurisdiction)";
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{who}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
                continue;
            }

            fixture.CheckMinimised(failures, rule, user, path, text);
            if (user.Own && fixture.Receives(rule, user))
            {
                answered.Add((user.Name, rule.Key));
                if (!text.Contains(fixture.VictimName, StringComparison.Ordinal))
                {
                    failures.Add($"{who}: her case is not in the export");
                }
            }
        }
    }

    private static readonly Dictionary<string, string> Exports = new(StringComparer.Ordinal)
    {
        ["GET /api/registries/monitored-situations"] =
            $"from={DateTime.UtcNow.AddYears(-5):yyyy-MM-dd}&to={DateTime.UtcNow.AddYears(1):yyyy-MM-dd}",
        ["GET /api/registries/circuits"] = string.Empty,
    };

    /// <summary>A body as text; an XLSX (a zip) as the text of all its parts.</summary>
    private static string TextOf(byte[] bytes)
    {
        if (bytes is not [(byte)'P', (byte)'K', ..])
        {
            return Encoding.UTF8.GetString(bytes);
        }

        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return string.Concat(archive.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        }));
    }

    private static void Expect(List<string> failures, HttpResponseMessage response, HttpStatusCode expected, AccessRule rule, string path, string who)
    {
        if (response.StatusCode != expected)
        {
            failures.Add($"{rule.Key} {path} as {who}: {(int)response.StatusCode}, the matrix says {(int)expected}");
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }
}
