using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Server.Demo;
using Amparo.Server.Tests.App;
using Amparo.Server.Tests.Citizens;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.CitizenApp;

[Collection(ServerCollection.Name)]
public class CitizenAppTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Her_verified_phone_gets_the_apps_tokens_with_her_municipality_and_refreshes_as_a_citizen(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var phone = await CitizenPhone.RegisterAsync(server, "Elena Ccori Huanca");

        var profile = await ApiJson.ReadAsync(await phone.Client.GetAsync("app/api/ciudadania/perfil"));
        using var refreshed = await server.Api.PostAsJsonAsync("app/api/token", new { refreshToken = phone.Tokens.GetProperty("refreshToken").GetString() });
        var renewed = await ApiJson.ReadAsync(refreshed);
        using var victimSide = await phone.Client.GetAsync("app/api/profile");

        Assert.Equal("Elena", phone.Tokens.GetProperty("profile").GetProperty("displayName").GetString());
        Assert.Equal(DemoScenario.Jurisdiction, profile.GetProperty("municipality").GetString());
        Assert.NotEmpty(profile.GetProperty("centrePhone").GetString()!);
        Assert.Equal(DemoScenario.Jurisdiction, renewed.GetProperty("profile").GetProperty("municipality").GetString());
        Assert.Equal(phone.Tokens.GetProperty("installationId").GetGuid(), renewed.GetProperty("installationId").GetGuid());
        Assert.Equal(HttpStatusCode.Unauthorized, victimSide.StatusCode);
        await using var db = server.Db();
        var installation = await db.AppInstallations.SingleAsync(i => i.Id == phone.Tokens.GetProperty("installationId").GetGuid());
        Assert.NotNull(installation.CitizenId);
        Assert.Null(installation.CaseId);
        Assert.Equal("Galaxy A03", installation.DeviceName);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_victims_token_opens_nothing_of_the_citizen_app_and_a_wrong_code_installs_nothing(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var victim = await AppPhone.EnrolAsync(server, test.Id);
        var number = CitizenWorld.NewPhone();
        await server.Api.PostAsJsonAsync("app/api/ciudadania/registro", new { phone = number, fullName = "Ana Puma" });
        var code = await CitizenWorld.LastCodeAsync(server, number);

        using var asCitizen = await victim.Client.GetAsync("app/api/ciudadania/perfil");
        using var wrong = await server.Api.PostAsJsonAsync("app/api/ciudadania/verificacion", new { phone = number, code = code == "000000" ? "111111" : "000000" });
        using var badPhone = await server.Api.PostAsJsonAsync("app/api/ciudadania/registro", new { phone = "12", fullName = "Ana Puma" });

        Assert.Equal(HttpStatusCode.Unauthorized, asCitizen.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Código incorrecto", (await AppJson.ProblemAsync(wrong)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badPhone.StatusCode);
        await AppJson.ProblemAsync(badPhone);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_gender_alert_from_the_app_is_stored_once_and_she_sees_an_operator_take_it(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var phone = await CitizenPhone.RegisterAsync(server);
        var (latitude, longitude) = CitizenWorld.Somewhere();
        var key = Guid.NewGuid().ToString();

        using var first = await phone.AlertAsync("gender", key, latitude, longitude);
        var alert = await ApiJson.ReadAsync(first);
        using var retry = await phone.AlertAsync("gender", key, latitude, longitude);
        var id = alert.GetProperty("id").GetGuid();
        using var operador = await server.ClientAsync("operador");
        using var claim = await operador.PostAsync($"api/citizen-alerts/{id}/claim", null);
        var seen = await ApiJson.ReadAsync(await phone.Client.GetAsync($"app/api/ciudadania/alertas/{id}"));
        using var strange = await phone.AlertAsync("ovni", Guid.NewGuid().ToString(), latitude, longitude);
        using var nowhere = await phone.AlertAsync("citizen", Guid.NewGuid().ToString(), 0, 0);
        using var other = await CitizenPhone.RegisterAsync(server);
        using var notHers = await other.Client.GetAsync($"app/api/ciudadania/alertas/{id}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("New", alert.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(id, (await ApiJson.ReadAsync(retry)).GetProperty("id").GetGuid());
        Assert.True(claim.IsSuccessStatusCode);
        Assert.Equal("Claimed", seen.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, strange.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nowhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notHers.StatusCode);
        await using var db = server.Db();
        Assert.Equal(1, await db.CitizenAlerts.CountAsync(a => a.IdempotencyKey == key));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task While_her_alert_is_open_her_new_positions_reach_the_operators_live_and_a_retry_or_an_older_one_moves_nothing(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var phone = await CitizenPhone.RegisterAsync(server);
        var (latitude, longitude) = CitizenWorld.Somewhere();
        var pressed = DateTime.UtcNow.AddSeconds(-40);
        var alert = await ApiJson.ReadAsync(await phone.Client.PostAsJsonAsync("app/api/ciudadania/alertas",
            new { kind = "gender", idempotencyKey = Guid.NewGuid().ToString(), at = pressed, latitude, longitude }));
        var id = alert.GetProperty("id").GetGuid();
        var seen = new HubMessages();
        await using var hub = await server.HubAsync("operador");
        hub.On<JsonElement>("citizenAlert", seen.Add);
        await hub.StartSubscribedAsync();
        var later = pressed.AddSeconds(30);

        using var moved = await phone.Client.PostAsJsonAsync($"app/api/ciudadania/alertas/{id}/posiciones", new { at = later, latitude = latitude + 0.001, longitude, accuracyMetres = 9.0 });
        var pushed = await seen.NextAsync(m => m.GetProperty("id").GetGuid() == id);
        using var retried = await phone.Client.PostAsJsonAsync($"app/api/ciudadania/alertas/{id}/posiciones", new { at = later, latitude = latitude + 0.001, longitude, accuracyMetres = 9.0 });
        using var older = await phone.Client.PostAsJsonAsync($"app/api/ciudadania/alertas/{id}/posiciones", new { at = pressed.AddSeconds(15), latitude = latitude + 0.0005, longitude });
        using var operador = await server.ClientAsync("operador");
        var staffView = await ApiJson.ReadAsync(await operador.GetAsync($"api/citizen-alerts/{id}"));
        using var other = await CitizenPhone.RegisterAsync(server);
        using var notHers = await other.Client.PostAsJsonAsync($"app/api/ciudadania/alertas/{id}/posiciones", new { at = later.AddSeconds(15), latitude, longitude });
        (await operador.PostAsync($"api/citizen-alerts/{id}/claim", null)).EnsureSuccessStatusCode();
        (await operador.PostAsJsonAsync($"api/citizen-alerts/{id}/resolve", new { outcome = "Serenazgo la acompañó a casa." })).EnsureSuccessStatusCode();
        using var afterClose = await phone.Client.PostAsJsonAsync($"app/api/ciudadania/alertas/{id}/posiciones", new { at = later.AddSeconds(30), latitude, longitude });

        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
        Assert.Equal(latitude + 0.001, pushed.GetProperty("latitude").GetDouble(), 6);
        Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, older.StatusCode);
        Assert.Equal(latitude + 0.001, staffView.GetProperty("latitude").GetDouble(), 6);
        Assert.Equal(later, staffView.GetProperty("positionAt").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.NotFound, notHers.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, afterClose.StatusCode);
        await using var db = server.Db();
        var trail = await db.CitizenAlertPositions.Where(p => p.AlertId == id).OrderBy(p => p.At).Select(p => p.Latitude).ToListAsync();
        Assert.Equal(3, trail.Count);
        Assert.All(trail.Zip([latitude, latitude + 0.0005, latitude + 0.001]), p => Assert.Equal(p.Second, p.First, 6));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_pothole_with_its_photo_is_filed_once_and_she_reads_its_follow_up_without_the_operators_names(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var phone = await CitizenPhone.RegisterAsync(server);
        var (latitude, longitude) = CitizenWorld.Somewhere();
        var key = Guid.NewGuid().ToString();

        var catalogue = await ApiJson.ReadAsync(await phone.Client.GetAsync("app/api/ciudadania/catalogo"));
        using var filed = await phone.ReportAsync(key, "bache", latitude, longitude, CitizenWorld.Png, "Bache frente al colegio");
        var report = await ApiJson.ReadAsync(filed);
        using var retried = await phone.ReportAsync(key, "bache", latitude, longitude, CitizenWorld.Png, "Bache frente al colegio");
        var id = report.GetProperty("id").GetGuid();
        using var supervisor = await server.ClientAsync("supervisor");
        (await supervisor.PostAsJsonAsync($"api/citizen-reports/{id}/route", new { area = "obras", note = "Turnado a obras públicas" })).Dispose();
        (await supervisor.PostAsJsonAsync($"api/citizen-reports/{id}/status", new { status = "in-progress", note = "Cuadrilla programada para el lunes" })).Dispose();
        var mine = await ApiJson.ReadAsync(await phone.Client.GetAsync("app/api/ciudadania/reportes"));
        var followed = await ApiJson.ReadAsync(await phone.Client.GetAsync($"app/api/ciudadania/reportes/{id}"));

        Assert.Contains(catalogue.GetProperty("categories").EnumerateArray(), c => c.GetProperty("code").GetString() == "bache" && c.GetProperty("queue").GetString() == "PublicService");
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.True(report.GetProperty("hasPhoto").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(id, Assert.Single(mine.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal("InProgress", followed.GetProperty("status").GetString());
        Assert.Equal("obras", followed.GetProperty("area").GetString());
        var notes = followed.GetProperty("history").EnumerateArray().Select(h => h.TryGetProperty("note", out var n) ? n.GetString() : null).ToList();
        Assert.Equal([null, "Turnado a obras públicas", "Cuadrilla programada para el lunes"], notes);
        Assert.DoesNotContain("supervisor", followed.GetRawText(), StringComparison.Ordinal);
        await using var db = server.Db();
        Assert.Equal(1, await db.CitizenReports.CountAsync(r => r.IdempotencyKey == key));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_report_that_is_not_a_form_or_whose_photo_is_not_an_image_is_refused_with_a_problem(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var phone = await CitizenPhone.RegisterAsync(server);
        var (latitude, longitude) = CitizenWorld.Somewhere();

        using var json = await phone.Client.PostAsJsonAsync("app/api/ciudadania/reportes", new { category = "bache", latitude, longitude });
        using var pdf = await phone.ReportAsync(Guid.NewGuid().ToString(), "basura", latitude, longitude, "%PDF-1.7\n"u8.ToArray());
        using var noPlace = await phone.ReportAsync(Guid.NewGuid().ToString(), "basura", 0, 0, null);

        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("multipart", (await AppJson.ProblemAsync(json)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        await AppJson.ProblemAsync(pdf);
        Assert.Equal(HttpStatusCode.BadRequest, noPlace.StatusCode);
        await using var db = server.Db();
        var citizenId = await db.CitizenAccounts.Where(c => c.Phone == CitizenWorld.E164(phone.Number)).Select(c => c.Id).SingleAsync();
        Assert.False(await db.CitizenReports.AnyAsync(r => r.CitizenId == citizenId));
    }
}
