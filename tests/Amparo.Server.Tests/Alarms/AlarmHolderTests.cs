using System.Net;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.Alarms;

[Collection(ServerCollection.Name)]
public class AlarmHolderTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Once_claimed_only_its_holder_or_a_supervisor_works_the_alarm(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var other = await TestUsers.CreateAsync(server, "operador.b", AmparoRoles.Operador, test.JurisdictionId);
        var inside = test.North(200);
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        using var holder = await server.ClientAsync("operador");
        using var second = await server.ClientAsync(other);
        using var supervisor = await server.ClientAsync("supervisor");
        var id = (await ApiJson.OpenAlarmsAsync(holder, test.Id)).First(a => a.GetProperty("type").GetString() == "zone_entry").GetProperty("id").GetGuid();

        using var claim = await holder.PostAsync($"api/alarms/{id}/claim", null);
        using var ackBySecond = await second.PostAsJsonAsync($"api/alarms/{id}/acknowledge", new { note = "La atiendo yo." });
        using var stepBySecond = await second.PostAsJsonAsync($"api/alarms/{id}/steps", new { step = "call_victim", result = "Done" });
        using var stepByHolder = await holder.PostAsJsonAsync($"api/alarms/{id}/steps", new { step = "call_victim", result = "Done", note = "A salvo." });
        using var ackBySupervisor = await supervisor.PostAsJsonAsync($"api/alarms/{id}/acknowledge", new { note = "Tomo el caso: la operadora dejó el puesto." });

        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, ackBySecond.StatusCode);
        Assert.Contains("La alarma la tiene operador", await ackBySecond.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, stepBySecond.StatusCode);
        Assert.Equal("application/problem+json", stepBySecond.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NoContent, stepByHolder.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ackBySupervisor.StatusCode);
        var alarm = await ApiJson.ReadAsync(ackBySupervisor);
        Assert.Equal("operador", alarm.GetProperty("claimedBy").GetString());
        Assert.Equal("supervisor", alarm.GetProperty("acknowledgedBy").GetString());
    }
}
