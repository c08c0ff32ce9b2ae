using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Amparo.Server.Tests.Alarms;

[Collection(ServerCollection.Name)]
public class AlarmFlowTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_aggressor_entering_the_home_zone_raises_zone_entry_seen_by_the_API_and_a_SignalR_client(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        await using var hub = await server.HubAsync("operador");
        var pushed = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>("alarm", alarm =>
        {
            if (alarm.GetProperty("caseId").GetGuid() == test.Id && alarm.GetProperty("type").GetString() == "zone_entry")
            {
                pushed.TrySetResult(alarm);
            }
        });
        await hub.StartSubscribedAsync();

        var now = DateTime.UtcNow.AddSeconds(-10);
        var inside = test.North(320);
        (await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, now)).EnsureSuccessStatusCode();
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, now.AddSeconds(1))).EnsureSuccessStatusCode();

        using var client = await server.ClientAsync("operador");
        var alarms = await ApiJson.OpenAlarmsAsync(client, test.Id);
        var entry = Assert.Single(alarms, a => a.GetProperty("type").GetString() == "zone_entry");
        Assert.Equal(1, entry.GetProperty("priority").GetInt32());
        Assert.Equal(test.FileNumber, entry.GetProperty("fileNumber").GetString());
        Assert.Equal("El agresor ingresó a la zona «Domicilio»: está a 320 m (radio 500 m).", entry.GetProperty("explanation").GetString());
        var evidence = entry.GetProperty("evidence");
        Assert.Equal(320, evidence.GetProperty("distanceMetres").GetDouble(), 1.0);
        Assert.Equal(inside.Latitude, evidence.GetProperty("aggressor").GetProperty("latitude").GetDouble(), 1e-9);
        Assert.Equal(test.Home.Latitude, evidence.GetProperty("victim").GetProperty("latitude").GetDouble(), 1e-9);
        Assert.Equal(6, evidence.GetProperty("aggressor").GetProperty("accuracyMetres").GetDouble());
        // Within 320 m of the victim too: the moving zone fires as well.
        Assert.Contains(alarms, a => a.GetProperty("type").GetString() == "proximity_pre_alert");

        var viaHub = await pushed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(entry.GetProperty("id").GetGuid(), viaHub.GetProperty("id").GetGuid());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Repeats_update_the_one_open_alarm_of_a_type(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var start = DateTime.UtcNow.AddMinutes(-1);

        foreach (var (metres, second) in new[] { (900.0, 0), (800.0, 10), (700.0, 20) })
        {
            var at = test.North(metres);
            (await server.SendAsync(test.AggressorDevice, at.Latitude, at.Longitude, start.AddSeconds(second))).EnsureSuccessStatusCode();
        }

        using var client = await server.ClientAsync("operador");
        var preAlert = Assert.Single(await ApiJson.OpenAlarmsAsync(client, test.Id));
        Assert.Equal("zone_pre_alert", preAlert.GetProperty("type").GetString());
        Assert.Equal(3, preAlert.GetProperty("triggerCount").GetInt32());
        Assert.Equal(700, preAlert.GetProperty("evidence").GetProperty("distanceMetres").GetDouble(), 1.0);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_late_position_is_stored_for_the_track_but_raises_nothing(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var now = DateTime.UtcNow;
        var far = test.North(4000);
        var inside = test.North(100);

        (await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, now.AddSeconds(-5))).EnsureSuccessStatusCode();
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, now.AddMinutes(-20))).EnsureSuccessStatusCode();

        using var client = await server.ClientAsync("operador");
        Assert.Empty(await ApiJson.OpenAlarmsAsync(client, test.Id));
        Assert.Equal(2, await test.PositionCountAsync(server, test.AggressorDevice));
        using var track = await client.GetAsync($"api/cases/{test.Id}/track?party=aggressor&from={now.AddHours(-1):O}");
        var points = (await ApiJson.ReadAsync(track)).GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(2, points.Count);
        Assert.True(points[0].GetProperty("fixTime").GetDateTime() < points[1].GetProperty("fixTime").GetDateTime(), "the track is in fix-time order");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_operator_claims_acknowledges_with_a_note_and_resolves_and_each_step_is_recorded(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var inside = test.North(200);
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        using var operador = await server.ClientAsync("operador");
        using var supervisor = await server.ClientAsync("supervisor");
        var id = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id)).GetProperty("id").GetGuid();

        using var claim = await operador.PostAsync($"api/alarms/{id}/claim", null);
        using var claimAgain = await supervisor.PostAsync($"api/alarms/{id}/claim", null);
        using var ack = await operador.PostAsJsonAsync($"api/alarms/{id}/acknowledge", new { note = "Llamé a la víctima: está a salvo. Patrullero enviado." });
        using var ackAgain = await operador.PostAsJsonAsync($"api/alarms/{id}/acknowledge", new { note = "otra vez" });

        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, claimAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, ackAgain.StatusCode);
        Assert.Equal("application/problem+json", ackAgain.Content.Headers.ContentType?.MediaType);

        using var resolve = await supervisor.PostAsJsonAsync($"api/alarms/{id}/resolve", new { outcome = "police_dispatched", note = "Policía confirmó que se retiró." });
        Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        Assert.Empty(await ApiJson.OpenAlarmsAsync(operador, test.Id));

        using var detailResponse = await supervisor.GetAsync($"api/alarms/{id}");
        var detail = await ApiJson.ReadAsync(detailResponse);
        Assert.Equal("Resolved", detail.GetProperty("alarm").GetProperty("state").GetString());
        Assert.Equal("operador", detail.GetProperty("alarm").GetProperty("acknowledgedBy").GetString());
        Assert.Equal("police_dispatched", detail.GetProperty("alarm").GetProperty("outcome").GetString());
        var actions = detail.GetProperty("actions").EnumerateArray().Select(a => (a.GetProperty("kind").GetString(), a.GetProperty("userName").GetString())).ToList();
        Assert.Equal([("Claimed", "operador"), ("Acknowledged", "operador"), ("Resolved", "supervisor")], actions);

        using var audit = await supervisor.GetAsync($"api/audit?caseId={test.Id}");
        var events = (await ApiJson.ReadAsync(audit)).EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("alarm.claimed", events);
        Assert.Contains("alarm.acknowledged", events);
        Assert.Contains("alarm.resolved", events);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task After_resolution_the_same_stay_opens_nothing_and_a_new_entry_opens_a_new_alarm(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var inside = test.North(100);
        var far = test.North(3000);
        var start = DateTime.UtcNow.AddMinutes(-20);
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, start)).EnsureSuccessStatusCode();
        using var operador = await server.ClientAsync("operador");
        var first = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "zone_entry").GetProperty("id").GetGuid();
        (await operador.PostAsJsonAsync($"api/alarms/{first}/resolve", new { outcome = "real_breach", note = "cerrada" })).EnsureSuccessStatusCode();

        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, start.AddSeconds(30))).EnsureSuccessStatusCode();
        var whileStaying = await ApiJson.OpenAlarmsAsync(operador, test.Id);
        // Driving away and back: each move is a leap, proven by the fix that follows it.
        (await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, start.AddMinutes(6))).EnsureSuccessStatusCode();
        (await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, start.AddMinutes(7))).EnsureSuccessStatusCode();
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, start.AddMinutes(12))).EnsureSuccessStatusCode();
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, start.AddMinutes(13))).EnsureSuccessStatusCode();

        Assert.DoesNotContain(whileStaying, a => a.GetProperty("type").GetString() == "zone_entry");
        var second = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "zone_entry").GetProperty("id").GetGuid();
        Assert.NotEqual(first, second);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Resolving_needs_an_outcome_an_operator_may_give(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var inside = test.North(100);
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        using var operador = await server.ClientAsync("operador");
        var id = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id)).GetProperty("id").GetGuid();

        using var missing = await operador.PostAsJsonAsync($"api/alarms/{id}/resolve", new { note = "sin resultado" });
        using var engineOnly = await operador.PostAsJsonAsync($"api/alarms/{id}/resolve", new { outcome = "condition_cleared", note = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("false_alarm", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, engineOnly.StatusCode);
        Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_reconnecting_hub_client_reloads_the_open_alarms(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var inside = test.North(150);
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();

        await using var hub = await server.HubAsync("operador");
        await hub.StartSubscribedAsync();
        var open = await hub.InvokeAsync<List<JsonElement>>("OpenAlarms");

        Assert.Contains(open, a => a.GetProperty("caseId").GetGuid() == test.Id && a.GetProperty("type").GetString() == "zone_entry");
    }
}
