using System.Net;
using System.Net.Http.Headers;
using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Domain.Devices;
using Amparo.Domain.People;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.App;

/// <summary>A code from the centre ties her app to her case: tokens, her profile, her phone as her device.</summary>
[Collection(ServerCollection.Name)]
public class AppEnrolmentTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_code_from_the_centre_enrols_her_phone_with_tokens_her_profile_and_a_device_on_her_case(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var operador = await server.ClientAsync("operador");

        using var issued = await operador.PostAsync($"api/cases/{test.Id}/app-enrolments", null);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var enrolment = await ApiJson.ReadAsync(issued);
        var code = enrolment.GetProperty("code").GetString()!;
        Assert.Matches("^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$", code);
        Assert.InRange(enrolment.GetProperty("expiresAt").GetDateTime().ToUniversalTime(), DateTime.UtcNow.AddHours(71.9), DateTime.UtcNow.AddHours(72.1));

        // Typed by hand: small letters, no dash.
        using var enrolled = await server.Api.PostAsJsonAsync("app/api/enrol", new { code = code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant(), deviceName = "Moto G" });
        var tokens = await ApiJson.ReadAsync(enrolled);
        Assert.InRange(tokens.GetProperty("expiresIn").GetInt32(), 60, 900);
        Assert.True(tokens.GetProperty("refreshToken").GetString()!.Length >= 43);
        var profile = tokens.GetProperty("profile");
        Assert.Equal("Víctima", profile.GetProperty("displayName").GetString());
        Assert.Equal("105", profile.GetProperty("centrePhone").GetString());
        Assert.Equal(["105", "100"], profile.GetProperty("emergencyNumbers").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(60, profile.GetProperty("trackingIntervalSeconds").GetInt32());
        Assert.Equal(15, profile.GetProperty("alertIntervalSeconds").GetInt32());

        using var app = new HttpClient { BaseAddress = server.Api.BaseAddress };
        app.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        var read = await ApiJson.ReadAsync(await app.GetAsync("app/api/profile"));
        Assert.Equal("Víctima", read.GetProperty("displayName").GetString());
        // Her token opens nothing of the staff's, nor a staff token anything of hers.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GetAsync($"api/cases/{test.Id}")).StatusCode);
        using var staffOnApp = await operador.GetAsync("app/api/profile");
        Assert.Equal(HttpStatusCode.Unauthorized, staffOnApp.StatusCode);
        Assert.Contains("sesión", (await AppJson.ProblemAsync(staffOnApp)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var installationId = tokens.GetProperty("installationId").GetGuid();
        var listed = Assert.Single((await ApiJson.ReadAsync(await operador.GetAsync($"api/cases/{test.Id}/app-installations"))).EnumerateArray());
        Assert.Equal(installationId, listed.GetProperty("id").GetGuid());
        Assert.Equal("Moto G", listed.GetProperty("deviceName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);
        await using var db = server.Db();
        var installation = await db.AppInstallations.SingleAsync(i => i.Id == installationId);
        var device = await db.Devices.SingleAsync(d => d.Id == installation.DeviceId);
        Assert.Equal((DeviceProtocol.App, DeviceKind.Phone), (device.Protocol, device.Kind));
        var assignment = await db.DeviceAssignments.SingleAsync(a => a.DeviceId == device.Id && a.RemovedAt == null);
        Assert.Equal((test.Id, PartyRole.Victim), (assignment.CaseId, assignment.Role));
        var stored = await db.AppEnrolments.SingleAsync(e => e.CaseId == test.Id);
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), stored.CodeHash, StringComparison.Ordinal);
        Assert.Equal(installationId, stored.InstallationId);
        var events = await db.CaseEvents.Where(e => e.CaseId == test.Id).Select(e => e.Kind).ToListAsync();
        Assert.Contains(CaseEventKinds.AppCodeIssued, events);
        Assert.Contains(CaseEventKinds.AppEnrolled, events);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_code_works_once_and_not_when_wrong_or_expired(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);

        using var notJson = await server.Api.PostAsync("app/api/enrol", new StringContent("{code:", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("no es válida", (await AppJson.ProblemAsync(notJson)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var wrong = await server.Api.PostAsJsonAsync("app/api/enrol", new { code = "ABCD-EFGH", deviceName = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("código no es válido", (await AppJson.ProblemAsync(wrong)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var code = await AppPhone.CodeAsync(server, test.Id);
        (await server.Api.PostAsJsonAsync("app/api/enrol", new { code, deviceName = "Moto G" })).EnsureSuccessStatusCode();
        using var again = await server.Api.PostAsJsonAsync("app/api/enrol", new { code, deviceName = "Otro" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("ya se usó", (await AppJson.ProblemAsync(again)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var late = await AppPhone.CodeAsync(server, test.Id);
        await using (var db = server.Db())
        {
            await db.AppEnrolments.Where(e => e.CaseId == test.Id && e.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(e => e.ExpiresAt, DateTime.UtcNow.AddMinutes(-1)));
        }

        using var expired = await server.Api.PostAsJsonAsync("app/api/enrol", new { code = late, deviceName = "Moto G" });
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("venció", (await AppJson.ProblemAsync(expired)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using var check = server.Db();
        Assert.Equal(1, await check.AppInstallations.CountAsync(i => i.CaseId == test.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Staff_of_another_jurisdiction_cannot_enrol_her_nor_see_her_phones(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var elsewhere = await TestUsers.JurisdictionAsync(server, "Cusco");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        using var other = await server.ClientAsync(await TestUsers.CreateAsync(server, "op-" + suffix, Data.Identity.AmparoRoles.Operador, elsewhere));
        using var police = await server.ClientAsync(await TestUsers.CreateAsync(server, "pol-" + suffix, Data.Identity.AmparoRoles.Policia, test.JurisdictionId));

        using var enrolElsewhere = await other.PostAsync($"api/cases/{test.Id}/app-enrolments", null);
        using var listElsewhere = await other.GetAsync($"api/cases/{test.Id}/app-installations");
        using var enrolByPolice = await police.PostAsync($"api/cases/{test.Id}/app-enrolments", null);

        Assert.Equal(HttpStatusCode.NotFound, enrolElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, listElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, enrolByPolice.StatusCode);
        await using var db = server.Db();
        Assert.False(await db.AppEnrolments.AnyAsync(e => e.CaseId == test.Id));
    }
}
