using System.Net;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.Supervision;

[Collection(ServerCollection.Name)]
public class SupervisionReportTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_supervisor_sees_her_jurisdictions_alarm_claimed_in_time_and_resolved_as_false_by_its_operator(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var jurisdiction = "Supervisión " + Guid.NewGuid().ToString("N")[..8];
        var test = await TestCase.CreateAsync(server, jurisdiction);
        var operatorName = await TestUsers.CreateAsync(server, "op." + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Operador, test.JurisdictionId);
        var supervisorName = await TestUsers.CreateAsync(server, "sup." + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Supervisor, test.JurisdictionId);
        using var operador = await server.ClientAsync(operatorName);
        using var supervisor = await server.ClientAsync(supervisorName);

        var now = DateTime.UtcNow.AddSeconds(-5);
        var inside = test.North(300);
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, now)).EnsureSuccessStatusCode();
        var entry = await ApiJson.WaitForAlarmAsync(operador, test.Id, "zone_entry");
        var id = entry.GetProperty("id").GetGuid();
        (await operador.PostAsync($"api/alarms/{id}/claim", null)).EnsureSuccessStatusCode();
        (await operador.PostAsJsonAsync($"api/alarms/{id}/resolve", new { outcome = "false_alarm", note = "Rastreador en la casa del vecino: error de GPS." })).EnsureSuccessStatusCode();

        var report = await ApiJson.ReadAsync(await supervisor.GetAsync("api/supervision/report"));

        var acceptance = report.GetProperty("acceptance");
        Assert.True(acceptance.GetProperty("claimed").GetInt32() >= 1);
        Assert.True(report.GetProperty("byTypeAndHour").GetProperty("zone_entry").EnumerateArray().Sum(h => h.GetInt32()) >= 1);
        var zone = report.GetProperty("falseAlarmsByType").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "zone_entry");
        Assert.Equal(1, zone.GetProperty("falseAlarms").GetInt32());
        var load = report.GetProperty("operators").EnumerateArray().Single(o => o.GetProperty("operator").GetString() == operatorName);
        Assert.Equal(1, load.GetProperty("claimed").GetInt32());
        Assert.Equal(1, load.GetProperty("resolved").GetInt32());
        Assert.Contains(report.GetProperty("falseAlarmsByModel").EnumerateArray(), s => s.GetProperty("falseAlarms").GetInt32() == 1);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Operators_may_not_read_the_figures_and_a_bad_period_is_a_problem(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");
        using var supervisor = await server.ClientAsync("supervisor");

        Assert.Equal(HttpStatusCode.Forbidden, (await operador.GetAsync("api/supervision/report")).StatusCode);
        using var reversed = await supervisor.GetAsync("api/supervision/report?from=2026-11-23T10:00:00Z&to=2026-11-22T10:00:00Z");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Equal("application/problem+json", reversed.Content.Headers.ContentType?.MediaType);
        using var tooLong = await supervisor.GetAsync("api/supervision/report?from=2026-01-01T00:00:00Z&to=2026-11-22T00:00:00Z");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }
}
