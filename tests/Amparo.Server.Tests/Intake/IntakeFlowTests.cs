using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Intake;

[Collection(ServerCollection.Name)]
public class IntakeFlowTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task From_the_order_to_activation_with_the_aggressor_first_living_inside_her_perimeter(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.RegisterAsync();
        var home = await desk.AddAddressAsync(caseId, "Victim", "Home", IntakeDesk.HerHome);
        var hisFirst = IntakeDesk.North(IntakeDesk.HerHome, 700);
        var his = await desk.AddAddressAsync(caseId, "Aggressor", "Home", hisFirst);

        using (var refused = await desk.ActivateAsync(caseId))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            var codes = problem.GetProperty("readiness").GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
            Assert.Equal(["NoRiskAssessment", "ConsentPending", "AddressNotConfirmed", "CoverageNotReported", "AddressNotConfirmed", "AggressorInsidePerimeter"], codes);
            Assert.Contains("dentro del perímetro de 1,000 m", problem.GetProperty("detail").GetString());
        }

        await desk.AssessAsync(caseId);
        await desk.ConsentAsync(caseId, "Given");
        await desk.ConfirmAsync(caseId, home, IntakeDesk.HerHome);
        await desk.ConfirmAsync(caseId, his, hisFirst);
        await desk.CoverageAsync(caseId, home, "Good");

        var intake = await desk.IntakeAsync(caseId);
        Assert.Equal("High", intake.GetProperty("riskLevel").GetString());
        var blocked = intake.GetProperty("readiness");
        Assert.False(blocked.GetProperty("ready").GetBoolean());
        var finding = Assert.Single(blocked.GetProperty("findings").EnumerateArray());
        Assert.Equal("AggressorInsidePerimeter", finding.GetProperty("code").GetString());
        Assert.InRange(finding.GetProperty("distanceMetres").GetDouble(), 695, 705);
        Assert.Equal(["Relocation"], blocked.GetProperty("proposals").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        using (var refused = await desk.ActivateAsync(caseId))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }

        // The court fixes him an address 2.5 km away.
        (await desk.Cem.DeleteAsync($"api/cases/{caseId}/addresses/{his}")).EnsureSuccessStatusCode();
        var hisNew = IntakeDesk.North(IntakeDesk.HerHome, 2_500);
        await desk.ConfirmAsync(caseId, await desk.AddAddressAsync(caseId, "Aggressor", "Home", hisNew), hisNew);

        using (var activated = await desk.ActivateAsync(caseId))
        {
            Assert.True((await ApiJson.ReadAsync(activated)).GetProperty("ready").GetBoolean());
        }

        await using var db = server.Db();
        var monitored = await db.Cases.SingleAsync(c => c.Id == caseId);
        Assert.Equal("Active", monitored.Status.ToString());
        var zones = (await db.Zones.Where(z => z.CaseId == caseId).ToListAsync()).OrderBy(z => z.Kind).ToList();
        Assert.Equal(["Fixed", "Dynamic"], zones.Select(z => z.Kind.ToString()));
        Assert.All(zones, z => Assert.Equal(1_000, z.RadiusMetres));
        Assert.Equal(IntakeDesk.HerHome.Latitude, zones[0].CentreLatitude!.Value, 6);
        var timeline = await desk.TimelineAsync(caseId);
        Assert.Equal("order.registered", timeline[0]);
        Assert.Equal(2, timeline.Count(k => k == "activation.refused"));
        Assert.Equal("case.activated", timeline[^1]);
        Assert.Contains("risk.assessed", timeline);
        Assert.Contains("consent.recorded", timeline);
        Assert.Contains("coverage.recorded", timeline);
        Assert.Contains("address.ended", timeline);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_perimeter_under_the_minimum_a_moderate_risk_and_no_signal_each_block_activation(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.RegisterAsync(perimeterMetres: 500);
        var home = await desk.AddAddressAsync(caseId, "Victim", "Home", IntakeDesk.HerHome);
        var hisHome = IntakeDesk.North(IntakeDesk.HerHome, 5_000);
        var his = await desk.AddAddressAsync(caseId, "Aggressor", "Home", hisHome);
        await desk.ConfirmAsync(caseId, home, IntakeDesk.HerHome);
        await desk.ConfirmAsync(caseId, his, hisHome);
        await desk.CoverageAsync(caseId, home, "None");
        await desk.ConsentAsync(caseId, "Refused");
        await desk.AssessAsync(caseId, severe: false);

        using var refused = await desk.ActivateAsync(caseId);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var codes = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("readiness").GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Equal(["RiskBelowThreshold", "PerimeterBelowMinimum", "NoCoverage"], codes);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_role_does_only_its_part_and_sees_her_addresses_only_if_it_may(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        using var other = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.RegisterAsync();
        await desk.AddAddressAsync(caseId, "Victim", "Home", IntakeDesk.HerHome);
        await desk.AddAddressAsync(caseId, "Aggressor", "Home", IntakeDesk.North(IntakeDesk.HerHome, 3_000));

        using (var byOperator = await desk.Operator.PostAsJsonAsync("api/cases", new { jurisdictionId = desk.JurisdictionId }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byOperator.StatusCode);
        }

        using (var cemActivates = await desk.Cem.PostAsJsonAsync($"api/cases/{caseId}/activate", new { }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, cemActivates.StatusCode);
        }

        using (var technicianConsents = await desk.Technician.PutAsJsonAsync($"api/cases/{caseId}/consent", new { decision = "Given" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, technicianConsents.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await other.Supervisor.GetAsync($"api/cases/{caseId}/intake")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Cem.PutAsJsonAsync($"api/cases/{caseId}/consent", new { decision = "Given" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Supervisor.GetAsync($"api/cases/{caseId}/timeline")).StatusCode);

        var seen = await desk.IntakeAsync(caseId, desk.Operator);
        Assert.False(seen.GetProperty("victimRestricted").GetBoolean());
        Assert.Equal(2, seen.GetProperty("addresses").GetArrayLength());
        using var police = await server.ClientAsync(await TestUsers.CreateAsync(server, "policia-" + Guid.NewGuid().ToString("N")[..8], Data.Identity.AmparoRoles.Policia, desk.JurisdictionId));
        var policeView = await desk.IntakeAsync(caseId, police);
        Assert.True(policeView.GetProperty("victimRestricted").GetBoolean());
        Assert.Equal(["Aggressor"], policeView.GetProperty("addresses").EnumerateArray().Select(a => a.GetProperty("role").GetString()));
        using (var policeAddsHers = await police.PostAsJsonAsync($"api/cases/{caseId}/addresses", new { role = "Victim", kind = "Work", text = "x" }, ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.Forbidden, policeAddsHers.StatusCode);
        }

        await using var db = server.Db();
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.CaseId == caseId && a.Action == "victim_data.read"));
    }
}
