using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Intake;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Registries;

[Collection(ServerCollection.Name)]
public class CaseCircuitTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_case_in_the_attempted_femicide_circuit_owes_its_dependants_until_one_is_registered_with_her_network(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        using var elsewhere = await IntakeDesk.CreateAsync(server);
        var caseId = await RegistrySeed.ActiveCaseAsync(desk);

        using (var registered = await desk.Cem.PostAsJsonAsync($"api/cases/{caseId}/circuits", new { circuit = "AttemptedFemicide", note = "Derivado por la comisaría" }, ApiJson.Options))
        {
            var entry = Assert.Single((await ApiJson.ReadAsync(registered)).EnumerateArray());
            Assert.Equal("AttemptedFemicide", entry.GetProperty("circuit").GetString());
            Assert.Equal(["DependantsIdentified"], Unmet(entry));
            Assert.Contains("dependientes", entry.GetProperty("unmet")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        using (var again = await desk.Court.PostAsJsonAsync($"api/cases/{caseId}/circuits", new { circuit = "AttemptedFemicide" }, ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Contains("ya está registrado", await DetailAsync(again), StringComparison.Ordinal);
        }

        using (var noCircuit = await desk.Court.PostAsJsonAsync($"api/cases/{caseId}/circuits", new { note = "?" }, ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noCircuit.StatusCode);
            Assert.Contains("Indique el circuito", await DetailAsync(noCircuit), StringComparison.Ordinal);
        }

        using (var technician = await desk.Technician.PostAsJsonAsync($"api/cases/{caseId}/circuits", new { circuit = "Femicide" }, ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.Forbidden, technician.StatusCode);
        }

        using (var foreign = await elsewhere.Supervisor.PostAsJsonAsync($"api/cases/{caseId}/circuits", new { circuit = "Femicide" }, ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        await RegistrySeed.AddDependantAsync(desk, caseId, "Child", true, "Abuela materna, +51 959 000 333");
        var listed = Assert.Single((await ApiJson.ReadAsync(await desk.Court.GetAsync($"api/cases/{caseId}/circuits"))).EnumerateArray());
        Assert.Empty(Unmet(listed));
        Assert.Equal(5, listed.GetProperty("duties").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.Court.GetAsync($"api/cases/{caseId}/circuits")).StatusCode);
        Assert.Contains("circuit.registered", await desk.TimelineAsync(caseId));
        await using (var db = server.Db())
        {
            var stored = await db.CaseCircuits.SingleAsync(c => c.CaseId == caseId);
            Assert.Equal("Derivado por la comisaría", stored.Note);
            Assert.StartsWith("cem-", stored.RegisteredBy, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_circuits_registry_lists_her_jurisdictions_cases_with_their_unmet_duties_as_csv_and_xlsx(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        using var elsewhere = await IntakeDesk.CreateAsync(server);
        var pending = await desk.RegisterAsync();
        var partner = await desk.RegisterAsync();
        var foreign = await elsewhere.RegisterAsync();
        (await desk.Cem.PostAsJsonAsync($"api/cases/{pending}/circuits", new { circuit = "Femicide" }, ApiJson.Options)).EnsureSuccessStatusCode();
        (await desk.Cem.PostAsJsonAsync($"api/cases/{partner}/circuits", new { circuit = "HighRiskPartnerViolence" }, ApiJson.Options)).EnsureSuccessStatusCode();
        (await elsewhere.Cem.PostAsJsonAsync($"api/cases/{foreign}/circuits", new { circuit = "Femicide" }, ApiJson.Options)).EnsureSuccessStatusCode();
        string file;
        await using (var db = server.Db())
        {
            file = await db.Cases.Where(c => c.Id == pending).Select(c => c.FileNumber).SingleAsync();
        }

        using var csv = await desk.Supervisor.GetAsync("api/registries/circuits?circuit=Femicide&format=csv");
        var row = Assert.Single(CsvReading.Parse(await csv.Content.ReadAsByteArrayAsync()).Rows);
        Assert.Equal(file, row["Expediente"]);
        Assert.Equal("Femicide", row["Circuito"]);
        Assert.Contains("Ficha de Valoración del Riesgo", row["Deberes pendientes"], StringComparison.Ordinal);
        Assert.Contains("dependientes", row["Deberes pendientes"], StringComparison.Ordinal);

        using var fiscalia = await server.ClientAsync(await TestUsers.CreateAsync(server, "fiscalia-" + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Fiscalia, desk.JurisdictionId));
        using var xlsx = await fiscalia.GetAsync("api/registries/circuits?format=xlsx");
        var rows = XlsxReading.Parse(await xlsx.Content.ReadAsByteArrayAsync()).Rows;
        Assert.Equal(["Femicide", "HighRiskPartnerViolence"], rows.Select(r => r["Circuito"]).Order(StringComparer.Ordinal));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", rows[0]["Registrado"]);
    }

    private static List<string> Unmet(JsonElement entry) =>
        entry.GetProperty("unmet").EnumerateArray().Select(u => u.GetProperty("duty").GetString()!).ToList();

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
}
