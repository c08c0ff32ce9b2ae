using System.Globalization;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Domain.Geo;
using Amparo.Ingest.OsmAnd;
using Amparo.Server.Hosting;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Amparo.Server.Tests.Cluster;

/// <summary>
/// Two Amparo servers form one Orleans cluster on one PostgreSQL database. A case's engine runs on the first; an
/// operator connected to the second sees its alarm live and claims it there. Under load from trackers connected
/// to the first, the first is killed with SIGKILL: the trackers reconnect to the second and carry on, every fix
/// either server acknowledged is in the database, the claimed alarm keeps its state, and the case's devices, silent
/// since before the kill, still raise their signal-loss alarm on the second, at the time it was due.
/// </summary>
public class ClusterFailoverTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_killed_silo_loses_no_acknowledged_fix_and_its_cases_come_back_on_the_other_with_their_alarms()
    {
        var database = await TestDatabases.CreateAsync(DatabaseProvider.Postgres);
        var clusterId = "prueba-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..8];
        var (portsA, portsB) = (TestPorts.Free(), TestPorts.Free());
        var argumentsA = ClusterNodes.Arguments(database, portsA, clusterId);
        var argumentsB = ClusterNodes.Arguments(database, portsB, clusterId);
        var contexts = new AmparoDbContextFactory(Options.Create(database));
        TestCase test;
        TrackerFleet fleet;
        await using (var setup = AmparoHost.Build(argumentsA))
        {
            await AmparoHost.PrepareAsync(setup);
            test = await TestCase.CreateAsync(contexts.CreateDbContext, engineSettings: """{"expectedReportInterval":"00:00:02","signalLossFactor":3}""");
            fleet = await TrackerFleet.RegisterAsync(contexts.CreateDbContext, 12, [portsA.Gt06, portsB.Gt06]);
        }

        await using var a = await AmparoProcess.StartAsync(argumentsA, portsA.Http);
        using var deviceA = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{portsA.OsmAnd}/") };
        var inside = test.North(100);
        // While A is alone the case's engine is activated there, and stays there; its devices keep reporting to A
        // (no silence) until the operator on B listens.
        using var reporting = new CancellationTokenSource();
        var keepReporting = ReportEverySecondAsync(deviceA, test, inside, reporting.Token);
        await Task.Delay(TimeSpan.FromSeconds(1));

        await using var b = await AmparoProcess.StartAsync(argumentsB, portsB.Http);
        using var operadorB = await b.ClientAsync("operador", ClusterNodes.Password);
        var alarms = new HubMessages();
        await using var hubB = await ClusterNodes.HubAsync(b, "operador");
        hubB.On<JsonElement>("alarm", alarms.Add);
        await hubB.StartSubscribedAsync();

        await reporting.CancelAsync();
        await keepReporting;
        var lastReport = DateTime.UtcNow;
        await SendCaseAsync(deviceA, test, inside, lastReport);
        var live = await alarms.NextAsync(m => m.GetProperty("caseId").GetGuid() == test.Id && m.GetProperty("type").GetString() == "zone_entry");
        var zoneAlarm = live.GetProperty("id").GetGuid();
        (await operadorB.PostAsync(new Uri($"api/alarms/{zoneAlarm}/claim", UriKind.Relative), null)).EnsureSuccessStatusCode();

        using var stop = new CancellationTokenSource();
        var load = fleet.RunAsync(TimeSpan.FromMilliseconds(20), stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var killedAt = DateTime.UtcNow;
        await a.KillAsync();
        var due = lastReport.AddSeconds(6);
        Assert.True(killedAt < due, "the kill must come before the silence is due");

        await Task.Delay(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await load;

        var (acknowledged, missing) = await fleet.CheckStoredAsync(contexts.CreateDbContext);
        var servedAgain = fleet.Trackers.Select(t => t.Acknowledged.FirstOrDefault(x => x.Port == portsB.Gt06)?.At).ToList();
        output.WriteLine($"{acknowledged} fixes acknowledged ({fleet.Trackers.Sum(t => t.Acknowledged.Count(x => x.Port == portsB.Gt06))} by B), " +
            $"{missing.Count} missing; every tracker served by B within {servedAgain.Max() - killedAt} of the kill");
        Assert.Empty(missing);
        Assert.All(fleet.Trackers, t => Assert.Contains(t.Acknowledged, x => x.Port == portsA.Gt06));
        Assert.All(servedAgain, at => Assert.NotNull(at));

        var silent = await ApiJson.WaitForAlarmAsync(operadorB, test.Id, "signal_loss", seconds: 90);
        output.WriteLine($"signal_loss listed by B {DateTime.UtcNow - killedAt:c} after the kill");
        Assert.Equal(due, silent.GetProperty("raisedAt").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, silent.GetProperty("triggerCount").GetInt32());

        var zone = Assert.Single(await ApiJson.AllAlarmsAsync(operadorB, test.Id), x => x.GetProperty("type").GetString() == "zone_entry");
        Assert.Equal(zoneAlarm, zone.GetProperty("id").GetGuid());
        Assert.Equal("operador", zone.GetProperty("claimedBy").GetString());
    }

    private static async Task ReportEverySecondAsync(HttpClient device, TestCase test, GeoPoint aggressor, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await SendCaseAsync(device, test, aggressor, DateTime.UtcNow);
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private static async Task SendCaseAsync(HttpClient device, TestCase test, GeoPoint aggressor, DateTime at)
    {
        (await device.GetAsync(OsmAndQuery.For(test.AggressorDevice, aggressor.Latitude, aggressor.Longitude, at))).EnsureSuccessStatusCode();
        (await device.GetAsync(OsmAndQuery.For(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, at))).EnsureSuccessStatusCode();
    }
}
