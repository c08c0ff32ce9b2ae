using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.App;

/// <summary>Her panic reaches the centre as her case's panic alarm, once however often the app retries, and she sees it attended.</summary>
[Collection(ServerCollection.Name)]
public class AppAlertTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_alert_sent_twice_with_one_key_is_one_panic_alarm_at_her_position_in_the_operators_queue(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var phone = await AppPhone.EnrolAsync(server, test.Id);
        await using var hub = await server.HubAsync("operador");
        var pushed = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>("alarm", alarm =>
        {
            if (alarm.GetProperty("caseId").GetGuid() == test.Id && alarm.GetProperty("type").GetString() == "panic")
            {
                pushed.TrySetResult(alarm);
            }
        });
        await hub.StartSubscribedAsync();
        var key = Guid.NewGuid();
        var where = test.North(150);
        var at = DateTime.UtcNow.AddSeconds(-3);

        using var first = await phone.AlertAsync(key, where.Latitude, where.Longitude, at);
        using var retry = await phone.AlertAsync(key, where.Latitude, where.Longitude, at);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var alert = await ApiJson.ReadAsync(first);
        Assert.Equal(alert.GetProperty("alertId").GetGuid(), (await ApiJson.ReadAsync(retry)).GetProperty("alertId").GetGuid());
        Assert.Equal("Received", alert.GetProperty("status").GetString());
        await using (var db = server.Db())
        {
            var alarm = Assert.Single(await db.Alarms.Where(a => a.CaseId == test.Id).ToListAsync());
            Assert.Equal((AlarmType.Panic, AlarmPriority.Critical, 1), (alarm.Type, alarm.Priority, alarm.TriggerCount));
            Assert.Equal(alarm.Id, (await db.AppAlerts.SingleAsync(a => a.InstallationId == phone.InstallationId)).AlarmId);
        }

        using var operador = await server.ClientAsync("operador");
        var panic = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id));
        Assert.Equal("panic", panic.GetProperty("type").GetString());
        var victim = panic.GetProperty("evidence").GetProperty("victim");
        Assert.Equal(where.Latitude, victim.GetProperty("latitude").GetDouble(), 1e-9);
        Assert.Equal(where.Longitude, victim.GetProperty("longitude").GetDouble(), 1e-9);
        Assert.Equal(JsonValueKind.Null, panic.GetProperty("evidence").GetProperty("aggressor").ValueKind);
        var detail = await ApiJson.ReadAsync(await operador.GetAsync($"api/alarms/{panic.GetProperty("id").GetGuid()}"));
        Assert.Contains("Víctima", detail.GetRawText(), StringComparison.Ordinal);
        var viaHub = await pushed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(panic.GetProperty("id").GetGuid(), viaHub.GetProperty("id").GetGuid());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Her_alert_reads_received_then_attending_once_claimed_then_closed_once_resolved(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var phone = await AppPhone.EnrolAsync(server, test.Id);
        var alertId = (await ApiJson.ReadAsync(await phone.AlertAsync(Guid.NewGuid(), test.Home.Latitude, test.Home.Longitude, DateTime.UtcNow)))
            .GetProperty("alertId").GetGuid();
        using var operador = await server.ClientAsync("operador");
        var alarmId = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id)).GetProperty("id").GetGuid();

        var received = await ApiJson.ReadAsync(await phone.Client.GetAsync($"app/api/alerts/{alertId}"));
        (await operador.PostAsync($"api/alarms/{alarmId}/claim", null)).EnsureSuccessStatusCode();
        var attending = await ApiJson.ReadAsync(await phone.Client.GetAsync($"app/api/alerts/{alertId}"));
        (await operador.PostAsJsonAsync($"api/alarms/{alarmId}/resolve", new { outcome = "police_dispatched", note = "Patrullero en camino; ella a salvo." })).EnsureSuccessStatusCode();
        var closed = await ApiJson.ReadAsync(await phone.Client.GetAsync($"app/api/alerts/{alertId}"));

        Assert.Equal("Received", received.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, received.GetProperty("attendingSince").ValueKind);
        Assert.Equal("Attending", attending.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, attending.GetProperty("attendingSince").ValueKind);
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.DoesNotContain("aggressor", closed.GetRawText(), StringComparison.OrdinalIgnoreCase);
        // Another installation cannot read her alert.
        using var stranger = await AppPhone.EnrolAsync(server, (await TestCase.CreateAsync(server)).Id);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"app/api/alerts/{alertId}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task She_is_never_told_received_without_an_alarm_and_a_stale_case_monitor_is_reloaded_for_her_panic(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var phone = await AppPhone.EnrolAsync(server, test.Id);
        await using (var db = server.Db())
        {
            // Her phone off the case behind the app's back: the case's monitor reloads without it.
            var deviceId = await db.AppInstallations.Where(i => i.Id == phone.InstallationId).Select(i => i.DeviceId).SingleAsync();
            await db.DeviceAssignments.Where(a => a.DeviceId == deviceId).ExecuteUpdateAsync(s => s.SetProperty(a => a.RemovedAt, DateTime.UtcNow));
        }

        server.App.Services.GetRequiredService<Data.Devices.DeviceDirectory>().Invalidate();
        var key = Guid.NewGuid();

        using var lost = await phone.AlertAsync(key, test.Home.Latitude, test.Home.Longitude, DateTime.UtcNow);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, lost.StatusCode);
        Assert.Contains("llame al 105", (await AppJson.ProblemAsync(lost)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Back on her case, but the monitor still has the plan without her phone: her app's retry reloads it.
        await using (var db = server.Db())
        {
            await db.DeviceAssignments.Where(a => a.CaseId == test.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.RemovedAt, (DateTime?)null));
        }

        server.App.Services.GetRequiredService<Data.Devices.DeviceDirectory>().Invalidate();
        using var retry = await phone.AlertAsync(key, test.Home.Latitude, test.Home.Longitude, DateTime.UtcNow);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("Received", (await ApiJson.ReadAsync(retry)).GetProperty("status").GetString());
        using var operador = await server.ClientAsync("operador");
        Assert.Equal("panic", Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id)).GetProperty("type").GetString());
        await using var check = server.Db();
        Assert.Equal(1, await check.AppAlerts.CountAsync(a => a.InstallationId == phone.InstallationId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_alert_without_a_fix_still_raises_her_panic_at_her_last_known_position(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var phone = await AppPhone.EnrolAsync(server, test.Id);
        var seen = DateTime.UtcNow.AddSeconds(-5);
        (await phone.Client.PostAsJsonAsync("app/api/positions", new
        {
            positions = new[] { new { idempotencyKey = Guid.NewGuid().ToString(), at = seen, latitude = test.Home.Latitude, longitude = test.Home.Longitude } },
        })).EnsureSuccessStatusCode();

        using var alert = await phone.Client.PostAsJsonAsync("app/api/alerts", new { idempotencyKey = Guid.NewGuid().ToString(), trigger = "Taps" });

        Assert.Equal(HttpStatusCode.Created, alert.StatusCode);
        using var operador = await server.ClientAsync("operador");
        var panic = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id));
        var evidence = panic.GetProperty("evidence");
        Assert.Equal("panic", panic.GetProperty("type").GetString());
        Assert.True(evidence.GetProperty("fixIsLastKnown").GetBoolean());
        Assert.Equal(test.Home.Latitude, evidence.GetProperty("victim").GetProperty("latitude").GetDouble(), 1e-9);
        await using var db = server.Db();
        Assert.Equal(Data.App.AppAlertTrigger.Taps, (await db.AppAlerts.SingleAsync(a => a.InstallationId == phone.InstallationId)).Trigger);
    }
}
