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
}
