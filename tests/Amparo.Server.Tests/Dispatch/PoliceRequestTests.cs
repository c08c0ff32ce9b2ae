using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Amparo.Data.Alarms;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.Dispatch;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Dispatch;

[Collection(DispatchServerCollection.Name)]
public class PoliceRequestTests(DispatchServerPool servers)
{
    private static readonly XNamespace Cap = CapWriter.Namespace;

    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_request_on_a_breach_goes_to_the_aggressor_and_its_CAP_download_is_valid(DatabaseProvider provider)
    {
        var (server, _) = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");
        var (test, alarmId, latitude, longitude) = await DispatchScenario.BreachAsync(server, operador);

        var actual = await DispatchScenario.CreateAsync(operador, alarmId);
        var drill = await DispatchScenario.CreateAsync(operador, alarmId, exercise: true);

        Assert.Equal("Created", actual.GetProperty("status").GetString());
        Assert.Equal(latitude, actual.GetProperty("latitude").GetDouble(), 1e-9);
        Assert.Equal(longitude, actual.GetProperty("longitude").GetDouble(), 1e-9);
        Assert.Equal(("Immediate", "Extreme", "Observed"),
            (actual.GetProperty("urgency").GetString(), actual.GetProperty("severity").GetString(), actual.GetProperty("certainty").GetString()));
        foreach (var (request, status) in new[] { (actual, "Actual"), (drill, "Exercise") })
        {
            var identifier = request.GetProperty("identifier").GetString()!;
            using var cap = await operador.GetAsync($"api/police-requests/{request.GetProperty("id").GetGuid()}/cap");
            Assert.Equal(HttpStatusCode.OK, cap.StatusCode);
            Assert.Equal("application/cap+xml", cap.Content.Headers.ContentType?.MediaType);
            Assert.Contains(identifier, cap.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
            var document = XDocument.Parse(await cap.Content.ReadAsStringAsync());
            Assert.Empty(CapSchema.Problems(document));
            Assert.Equal(identifier, document.Root!.Element(Cap + "identifier")!.Value);
            Assert.Equal(status, document.Root.Element(Cap + "status")!.Value);
            var info = document.Root.Element(Cap + "info")!;
            Assert.Contains(test.FileNumber, info.Elements(Cap + "parameter").Select(p => p.Element(Cap + "value")!.Value));
            Assert.StartsWith(FormattableString.Invariant($"{latitude:0.######},"), info.Element(Cap + "area")!.Element(Cap + "circle")!.Value, StringComparison.Ordinal);
        }

        await using var db = server.Db();
        var police = await db.AlarmActions.Where(a => a.AlarmId == alarmId && a.Kind == AlarmActionKind.Police).ToListAsync();
        Assert.Equal(2, police.Count);
        Assert.All(police, a => Assert.Equal("Created", a.Result));
        Assert.Contains(police, a => a.Target == actual.GetProperty("identifier").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Sending_posts_the_CAP_to_the_911_endpoint_and_marks_the_request_sent(DatabaseProvider provider)
    {
        var (server, receiver) = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");
        var (_, alarmId, _, _) = await DispatchScenario.BreachAsync(server, operador);
        var id = (await DispatchScenario.CreateAsync(operador, alarmId)).GetProperty("id").GetGuid();
        receiver.Received.Clear();

        using var send = await operador.PostAsync($"api/police-requests/{id}/send", null);
        var sent = await ApiJson.ReadAsync(send);

        Assert.Equal("Sent", sent.GetProperty("status").GetString());
        Assert.Equal(receiver.Endpoint.ToString(), sent.GetProperty("sentTo").GetString());
        var (contentType, body) = Assert.Single(receiver.Received);
        Assert.StartsWith("application/cap+xml", contentType, StringComparison.Ordinal);
        using var cap = await operador.GetAsync($"api/police-requests/{id}/cap");
        Assert.Equal(await cap.Content.ReadAsStringAsync(), body);
        Assert.Empty(CapSchema.Problems(body));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_endpoint_that_is_down_leaves_the_request_send_failed_with_the_reason_and_a_retry_sends_it(DatabaseProvider provider)
    {
        var (server, receiver) = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");
        var (_, alarmId, _, _) = await DispatchScenario.BreachAsync(server, operador);
        var id = (await DispatchScenario.CreateAsync(operador, alarmId)).GetProperty("id").GetGuid();

        await receiver.StopAsync();
        HttpResponseMessage down;
        try
        {
            down = await operador.PostAsync($"api/police-requests/{id}/send", null);
        }
        finally
        {
            await receiver.StartAsync();
        }

        var failed = await ApiJson.ReadAsync(down);
        down.Dispose();
        Assert.Equal("SendFailed", failed.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("history").EnumerateArray().Last().GetProperty("note").GetString()));
        using var retry = await operador.PostAsync($"api/police-requests/{id}/send", null);
        Assert.Equal("Sent", (await ApiJson.ReadAsync(retry)).GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_panic_sends_the_police_to_the_victim_and_the_read_of_her_position_is_audited(DatabaseProvider provider)
    {
        var (server, _) = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");
        var test = await TestCase.CreateAsync(server);
        var victim = new FixEvidence(Guid.NewGuid(), DateTime.UtcNow, test.Home.Latitude, test.Home.Longitude, 8);
        var aggressor = new FixEvidence(Guid.NewGuid(), DateTime.UtcNow, test.North(2000).Latitude, test.Home.Longitude, 6);
        var alarmId = await DispatchScenario.StoredAlarmAsync(server, test, AlarmType.Panic,
            new AlarmEvidence("panic", 0, 0, 2000, aggressor, victim, null, null, DeviceAlarm: "sos"), claimedBy: "operador");

        var request = await DispatchScenario.CreateAsync(operador, alarmId);

        Assert.Equal(test.Home.Latitude, request.GetProperty("latitude").GetDouble(), 1e-9);
        await using var db = server.Db();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.CaseId == test.Id && e.Action == AuditActions.VictimPositionRead && e.UserName == "operador"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_alarm_without_any_position_cannot_be_sent_to_the_police(DatabaseProvider provider)
    {
        var (server, _) = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");
        var test = await TestCase.CreateAsync(server);
        var alarmId = await DispatchScenario.StoredAlarmAsync(server, test, AlarmType.SignalLoss, new AlarmEvidence("signal_loss", 0, 0, 0, null, null, null, null),
            claimedBy: "operador");

        using var response = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/police", new { exercise = false });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("NoPosition", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_the_operator_who_claimed_the_alarm_may_ask_the_police_for_it(DatabaseProvider provider)
    {
        var (server, _) = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");
        using var supervisor = await server.ClientAsync("supervisor");
        var (_, alarmId, _, _) = await DispatchScenario.BreachAsync(server, operador, claim: false);

        using var unclaimed = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/police", new { exercise = false });
        await DispatchScenario.ClaimAsync(supervisor, alarmId);
        using var notHers = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/police", new { exercise = false });
        var bySupervisor = await DispatchScenario.CreateAsync(supervisor, alarmId);

        foreach (var (refused, title, detail) in new[]
        {
            (unclaimed, "NotClaimed", "Tome la alarma antes de pedir la policía: solo quien la atiende puede pedirla."),
            (notHers, "ClaimedByOther", "La alarma la atiende supervisor: solo quien la tomó, o supervisión, puede pedir la policía."),
        })
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(title, problem.GetProperty("title").GetString());
            Assert.Equal(detail, problem.GetProperty("detail").GetString());
        }

        Assert.Equal("supervisor", bySupervisor.GetProperty("createdBy").GetString());
        await using var db = server.Db();
        Assert.Equal(1, await db.DispatchRequests.CountAsync(r => r.AlarmId == alarmId));
    }
}
