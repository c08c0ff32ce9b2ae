using System.Net;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Intake;

[Collection(ServerCollection.Name)]
public class CasePeopleTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Her_dependants_are_her_data_and_his_vehicles_are_for_the_police_too(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.RegisterAsync();
        using var police = await server.ClientAsync(await TestUsers.CreateAsync(server, "pol-" + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Policia, desk.JurisdictionId));

        (await desk.Cem.PostAsJsonAsync($"api/cases/{caseId}/dependants", new
        {
            fullName = "Lucía Mamani Condori", category = "Child", birthDate = new DateOnly(2017, 3, 2), relationship = "hija", livesWithVictim = true,
            hasSupportNetwork = true, supportNetwork = "Abuela materna, Cerro Colorado", institution = "I.E. 40052",
        }, ApiJson.Options)).EnsureSuccessStatusCode();
        using (var policeAdds = await police.PostAsJsonAsync($"api/cases/{caseId}/dependants", new { fullName = "X", category = "Child" }, ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.Forbidden, policeAdds.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync($"api/cases/{caseId}/dependants")).StatusCode);
        var seen = Assert.Single((await ApiJson.ReadAsync(await desk.Operator.GetAsync($"api/cases/{caseId}/dependants"))).EnumerateArray());
        Assert.Equal("Child", seen.GetProperty("category").GetString());
        Assert.True(seen.GetProperty("hasSupportNetwork").GetBoolean());

        (await police.PostAsJsonAsync($"api/cases/{caseId}/vehicles", new { plate = "v1a-234", description = "Mototaxi rojo" })).EnsureSuccessStatusCode();
        using (var bad = await police.PostAsJsonAsync($"api/cases/{caseId}/vehicles", new { plate = "x" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        var vehicle = Assert.Single((await ApiJson.ReadAsync(await desk.Operator.GetAsync($"api/cases/{caseId}/vehicles"))).EnumerateArray());
        Assert.Equal("V1A-234", vehicle.GetProperty("plate").GetString());
        Assert.Contains("dependant.recorded", await desk.TimelineAsync(caseId));
        Assert.Contains("vehicle.recorded", await desk.TimelineAsync(caseId));
        await using var db = server.Db();
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.CaseId == caseId && a.SubjectType == "dependants"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_dependant_is_completed_once_her_network_is_named_and_a_vehicle_he_no_longer_uses_leaves_the_list(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.RegisterAsync();
        var otherCase = await desk.RegisterAsync();
        using var police = await server.ClientAsync(await TestUsers.CreateAsync(server, "pol-" + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Policia, desk.JurisdictionId));
        var dependant = (await ApiJson.ReadAsync(await desk.Cem.PostAsJsonAsync($"api/cases/{caseId}/dependants",
            new { fullName = "Lucía Mamani", category = "Child", hasSupportNetwork = true }, ApiJson.Options))).GetProperty("id").GetGuid();
        var completed = new
        {
            fullName = "Lucía Mamani Condori", category = "Student", birthDate = new DateOnly(2007, 3, 2), relationship = "hija", livesWithVictim = false,
            hasSupportNetwork = true, supportNetwork = "Tía paterna, Cayma", institution = "UNSA",
        };

        using (var byPolice = await police.PutAsJsonAsync($"api/cases/{caseId}/dependants/{dependant}", completed, ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byPolice.StatusCode);
        }

        using (var wrongCase = await desk.Cem.PutAsJsonAsync($"api/cases/{otherCase}/dependants/{dependant}", completed, ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.NotFound, wrongCase.StatusCode);
        }

        using (var nameless = await desk.Cem.PutAsJsonAsync($"api/cases/{caseId}/dependants/{dependant}", new { fullName = " ", category = "Child" }, ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        }

        (await desk.Cem.PutAsJsonAsync($"api/cases/{caseId}/dependants/{dependant}", completed, ApiJson.Options)).EnsureSuccessStatusCode();
        var seen = Assert.Single((await ApiJson.ReadAsync(await desk.Operator.GetAsync($"api/cases/{caseId}/dependants"))).EnumerateArray());
        Assert.Equal("Lucía Mamani Condori", seen.GetProperty("fullName").GetString());
        Assert.Equal("Student", seen.GetProperty("category").GetString());
        Assert.Equal("Tía paterna, Cayma", seen.GetProperty("supportNetwork").GetString());
        Assert.False(seen.GetProperty("livesWithVictim").GetBoolean());

        var kept = (await ApiJson.ReadAsync(await police.PostAsJsonAsync($"api/cases/{caseId}/vehicles", new { plate = "V1A-234" }))).GetProperty("id").GetGuid();
        var sold = (await ApiJson.ReadAsync(await police.PostAsJsonAsync($"api/cases/{caseId}/vehicles", new { plate = "B7C-991" }))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await police.DeleteAsync($"api/cases/{otherCase}/vehicles/{sold}")).StatusCode);
        (await police.DeleteAsync($"api/cases/{caseId}/vehicles/{sold}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await police.DeleteAsync($"api/cases/{caseId}/vehicles/{sold}")).StatusCode);
        var listed = Assert.Single((await ApiJson.ReadAsync(await desk.Operator.GetAsync($"api/cases/{caseId}/vehicles"))).EnumerateArray());
        Assert.Equal(kept, listed.GetProperty("id").GetGuid());
        var timeline = await desk.TimelineAsync(caseId);
        Assert.Contains("dependant.updated", timeline);
        Assert.Contains("vehicle.ended", timeline);
        await using var db = server.Db();
        Assert.NotNull(await db.Vehicles.Where(v => v.Id == sold).Select(v => v.EndedAt).SingleAsync());
    }
}
