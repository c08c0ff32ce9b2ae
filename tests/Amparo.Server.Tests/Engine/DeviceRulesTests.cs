using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.Engine;

/// <summary>
/// The rules about devices, through the running server: OsmAnd reports, the grains' timers on the wall clock with the
/// case's own short thresholds, alarms read back from the API, and technical alarms resolved when their condition ends.
/// </summary>
[Collection(ServerCollection.Name)]
public class DeviceRulesTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static string Type(JsonElement alarm) => alarm.GetProperty("type").GetString()!;

    private static DateTime RaisedAt(JsonElement alarm) => alarm.GetProperty("raisedAt").GetDateTime().ToUniversalTime();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Silent_devices_raise_signal_loss_and_victim_device_silent_when_due_and_a_report_resolves_them(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, engineSettings: """{"expectedReportInterval":"00:00:01","signalLossFactor":3}""");
        var far = test.North(5000);
        var last = DateTime.UtcNow;
        (await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, last)).EnsureSuccessStatusCode();
        (await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, last)).EnsureSuccessStatusCode();
        using var operador = await server.ClientAsync("operador");

        var silent = await ApiJson.WaitForAlarmAsync(operador, test.Id, "signal_loss");
        var blind = await ApiJson.WaitForAlarmAsync(operador, test.Id, "victim_device_silent");
        (await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        var back = await ApiJson.WaitForAlarmAsync(operador, test.Id, "signal_loss", also: a => a.GetProperty("state").GetString() == "Resolved");

        Assert.Equal(last.AddSeconds(3), RaisedAt(silent), TimeSpan.FromMilliseconds(1));
        Assert.Equal(last.AddSeconds(3), RaisedAt(blind), TimeSpan.FromMilliseconds(1));
        Assert.Equal("condition_cleared", back.GetProperty("outcome").GetString());
        Assert.Equal("El dispositivo volvió a informar.", back.GetProperty("clearReason").GetString());
        Assert.Contains(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => Type(a) == "victim_device_silent");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Reports_without_a_fix_raise_gps_loss_and_a_valid_fix_resolves_it(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, engineSettings: """{"gpsLossAfter":"00:00:20"}""");
        var far = test.North(5000);
        var start = DateTime.UtcNow.AddMinutes(-2);
        (await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, start)).EnsureSuccessStatusCode();
        (await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, start.AddSeconds(10), "&valid=false")).EnsureSuccessStatusCode();
        using var operador = await server.ClientAsync("operador");
        var early = await ApiJson.OpenAlarmsAsync(operador, test.Id);
        (await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, start.AddSeconds(25), "&valid=false")).EnsureSuccessStatusCode();
        var lost = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => Type(a) == "gps_loss");
        (await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, start.AddSeconds(40))).EnsureSuccessStatusCode();

        Assert.DoesNotContain(early, a => Type(a) == "gps_loss");
        Assert.Equal(start.AddSeconds(25), RaisedAt(lost), TimeSpan.FromMilliseconds(1));
        Assert.Equal(start, lost.GetProperty("evidence").GetProperty("since").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.DoesNotContain(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => Type(a) == "gps_loss");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_draining_victim_phone_raises_low_then_critical_battery_and_charging_resolves_both(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var start = DateTime.UtcNow.AddHours(-2);
        foreach (var (minutes, battery) in new[] { (0, 40), (30, 30), (60, 18), (90, 8) })
        {
            (await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, start.AddMinutes(minutes), $"&batt={battery}")).EnsureSuccessStatusCode();
        }

        using var operador = await server.ClientAsync("operador");
        var drained = await ApiJson.OpenAlarmsAsync(operador, test.Id);
        (await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, start.AddMinutes(110), "&batt=60")).EnsureSuccessStatusCode();

        var low = Assert.Single(drained, a => Type(a) == "low_battery");
        var critical = Assert.Single(drained, a => Type(a) == "critical_battery");
        Assert.Equal(start.AddMinutes(60), RaisedAt(low), TimeSpan.FromMilliseconds(1));
        Assert.Equal(8, critical.GetProperty("evidence").GetProperty("batteryPercent").GetInt32());
        Assert.InRange(critical.GetProperty("evidence").GetProperty("hoursLeft").GetDouble(), 0.1, 2);
        var open = await ApiJson.OpenAlarmsAsync(operador, test.Id);
        Assert.DoesNotContain(open, a => Type(a) is "low_battery" or "critical_battery");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_bracelet_out_of_range_past_its_grace_raises_separation_and_a_cut_strap_raises_strap_tamper(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, engineSettings: """{"separationGrace":"00:00:02"}""", withBracelet: true);
        var far = test.North(5000);
        (await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        var outAt = DateTime.UtcNow;
        (await server.Device.GetAsync($"?id={test.BraceletDevice}&alarm=braceletOutOfRange")).EnsureSuccessStatusCode();
        using var operador = await server.ClientAsync("operador");

        var separation = await ApiJson.WaitForAlarmAsync(operador, test.Id, "bracelet_separation");
        (await server.Device.GetAsync($"?id={test.BraceletDevice}&alarm=braceletInRange")).EnsureSuccessStatusCode();
        (await server.Device.GetAsync($"?id={test.BraceletDevice}&alarm=removing")).EnsureSuccessStatusCode();

        Assert.InRange(RaisedAt(separation), outAt.AddSeconds(2), outAt.AddSeconds(4));
        Assert.Equal(test.BraceletDevice, separation.GetProperty("evidence").GetProperty("deviceLabel").GetString());
        var alarms = await ApiJson.OpenAlarmsAsync(operador, test.Id);
        var tamper = Assert.Single(alarms, a => Type(a) == "strap_tamper");
        Assert.Equal(1, tamper.GetProperty("priority").GetInt32());
        Assert.Equal("removing", tamper.GetProperty("evidence").GetProperty("deviceAlarm").GetString());
        var cleared = Assert.Single(alarms, a => Type(a) == "bracelet_separation");
        Assert.Equal("La tobillera volvió al alcance del rastreador.", cleared.GetProperty("clearReason").GetString());
    }
}
