using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Setup;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Amparo.Server.Tests.Security;

[Collection(ServerCollection.Name)]
public class StaffSignInTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_operator_must_set_up_a_second_factor_then_signs_in_with_each_code_once(DatabaseProvider provider)
    {
        await using var server = await TestServer.StartAsync(provider, "--Amparo:Security:RequireTwoFactor=true");
        var jurisdiction = await TestUsers.JurisdictionAsync(server, "Arequipa");
        await TestUsers.CreateAsync(server, "operadora.2fa", AmparoRoles.Operador, jurisdiction);
        await TestUsers.CreateAsync(server, "juzgado.2fa", AmparoRoles.Juzgado, jurisdiction);
        var credentials = new { userName = "operadora.2fa", password = TestServer.Password };

        using var passwordOnly = await server.Api.PostAsJsonAsync("api/auth/login", credentials);
        Assert.Equal(HttpStatusCode.Forbidden, passwordOnly.StatusCode);
        Assert.Equal("setup", (await ProblemAsync(passwordOnly)).GetProperty("twoFactor").GetString());
        using var setup = await server.Api.PostAsJsonAsync("api/auth/two-factor/setup", credentials);
        var key = (await ApiJson.ReadAsync(setup)).GetProperty("sharedKey").GetString()!;
        var authenticator = new Totp(Base32Encoding.ToBytes(key));
        using var wrong = await server.Api.PostAsJsonAsync("api/auth/two-factor/enable", new { credentials.userName, credentials.password, code = "12345" });
        var first = authenticator.ComputeTotp();
        using var enabled = await server.Api.PostAsJsonAsync("api/auth/two-factor/enable", new { credentials.userName, credentials.password, code = first });
        using var noCode = await server.Api.PostAsJsonAsync("api/auth/login", credentials);
        using var replayed = await server.Api.PostAsJsonAsync("api/auth/login", new { credentials.userName, credentials.password, twoFactorCode = first });
        using var next = await server.Api.PostAsJsonAsync("api/auth/login",
            new { credentials.userName, credentials.password, twoFactorCode = authenticator.ComputeTotp(DateTime.UtcNow.AddSeconds(30)) });
        using var setupAgain = await server.Api.PostAsJsonAsync("api/auth/two-factor/setup", credentials);
        using var judge = await server.Api.PostAsJsonAsync("api/auth/login", new { userName = "juzgado.2fa", password = TestServer.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);
        Assert.Equal("required", (await ProblemAsync(noCode)).GetProperty("twoFactor").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, setupAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, judge.StatusCode);
        using var client = new HttpClient { BaseAddress = server.Api.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await ApiJson.ReadAsync(next)).GetProperty("accessToken").GetString());
        using var cases = await client.GetAsync("api/cases");
        Assert.Equal(HttpStatusCode.OK, cases.StatusCode);
        await using var db = server.Db();
        var trail = await db.AuditEvents.Where(e => e.UserName == "operadora.2fa").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditActions.LoginFailed, AuditActions.TwoFactorEnabled, AuditActions.Login, AuditActions.LoginFailed, AuditActions.Login],
            trail.Where(a => a is AuditActions.LoginFailed or AuditActions.TwoFactorEnabled or AuditActions.Login).ToList());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var jurisdiction = await TestUsers.JurisdictionAsync(server, "Arequipa");
        var name = await TestUsers.CreateAsync(server, "bloqueo." + provider, AmparoRoles.Cem, jurisdiction);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await server.Api.PostAsJsonAsync("api/auth/login", new { userName = name, password = "Incorrecta.2026-x" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var right = await server.Api.PostAsJsonAsync("api/auth/login", new { userName = name, password = TestServer.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("bloqueada", (await ProblemAsync(right)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Signing_out_everywhere_ends_every_token_and_refresh_of_the_user(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var jurisdiction = await TestUsers.JurisdictionAsync(server, "Arequipa");
        var name = await TestUsers.CreateAsync(server, "salida." + provider, AmparoRoles.Fiscalia, jurisdiction);
        var laptop = await LoginAsync(server, name);
        var phone = await LoginAsync(server, name);
        using var laptopClient = Bearer(server, laptop);
        using var phoneClient = Bearer(server, phone);
        using (var before = await phoneClient.GetAsync("api/cases"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var ended = await laptopClient.PostAsync("api/auth/sessions/end", null);
        using var after = await phoneClient.GetAsync("api/cases");
        using var refresh = await server.Api.PostAsJsonAsync("api/auth/refresh", new { refreshToken = phone.GetProperty("refreshToken").GetString() });
        var again = await LoginAsync(server, name);
        using var againClient = Bearer(server, again);
        using var fresh = await againClient.GetAsync("api/cases");

        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Too_many_sign_in_attempts_from_one_address_get_429_whatever_the_account(DatabaseProvider provider)
    {
        await using var server = await TestServer.StartAsync(provider, "--Amparo:Security:SignInAttemptsPerMinute=4");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        foreach (var name in new[] { "uno", "dos", "tres", "cuatro", "cinco" })
        {
            last?.Dispose();
            last = await server.Api.PostAsJsonAsync("api/auth/login", new { userName = name, password = "Incorrecta.2026-x" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last!.Headers.RetryAfter);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        last.Dispose();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_key_ring_that_signs_sessions_is_kept_in_the_database_for_every_node(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var client = await server.ClientAsync("operador");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/cases")).StatusCode);

        await using var db = server.Db();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("<key ", xml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_short_or_plain_password_is_refused()
    {
        var server = await servers.GetAsync(DatabaseProvider.Sqlite);
        await using var scope = server.App.Services.CreateAsyncScope();
        var provisioner = scope.ServiceProvider.GetRequiredService<UserProvisioner>();
        var shortOne = await provisioner.EnsureAsync("debil.1", "Débil", AmparoRoles.Cem, null, null, "Corta.1");
        var plain = await provisioner.EnsureAsync("debil.2", "Débil", AmparoRoles.Cem, null, null, "contraseñalarga");

        Assert.Contains(shortOne.Errors, e => e.Code == "PasswordTooShort");
        Assert.Contains(plain.Errors, e => e.Code == "PasswordRequiresUpper");
        Assert.Contains(plain.Errors, e => e.Code == "PasswordRequiresDigit");
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<JsonElement> LoginAsync(TestServer server, string userName)
    {
        using var response = await server.Api.PostAsJsonAsync("api/auth/login", new { userName, password = TestServer.Password });
        return await ApiJson.ReadAsync(response);
    }

    private static HttpClient Bearer(TestServer server, JsonElement tokens)
    {
        var client = new HttpClient { BaseAddress = server.Api.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return client;
    }
}
