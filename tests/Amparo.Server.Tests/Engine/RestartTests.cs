using Amparo.Data.Database;
using Amparo.Ingest.OsmAnd;
using Amparo.Server.Hosting;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Engine;

/// <summary>
/// Time-based rules survive a crash: a device that went silent while the server was down (killed with SIGKILL)
/// still raises its alarm, at the time it was due, once the server is back.
/// </summary>
public class RestartTests
{
    private const string Password = "Reinicio.Amparo-2026";

    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_device_silent_through_a_kill_9_raises_signal_loss_at_the_time_it_was_due(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider);
        var ports = TestPorts.Free();
        string[] arguments =
        [
            .. ports.Arguments(),
            $"--Amparo:Database:Provider={provider}",
            $"--Amparo:Database:ConnectionString={database.ConnectionString}",
            "--Amparo:Demo:Enabled=true",
            "--Amparo:Demo:Simulate=false",
            $"--Amparo:Demo:Password={Password}",
            "--Amparo:Map:TileUrl=",
            "--Logging:LogLevel:Default=Warning",
        ];
        TestCase test;
        await using (var setup = AmparoHost.Build(arguments))
        {
            await AmparoHost.PrepareAsync(setup);
            var contexts = setup.Services.GetRequiredService<IDbContextFactory<AmparoDbContext>>();
            test = await TestCase.CreateAsync(contexts.CreateDbContext, engineSettings: """{"expectedReportInterval":"00:00:02","signalLossFactor":3}""");
        }

        var lastReport = DateTime.UtcNow;
        var far = test.North(5000);
        await using (var first = await AmparoProcess.StartAsync(arguments, ports.Http))
        {
            using var device = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports.OsmAnd}/") };
            lastReport = DateTime.UtcNow;
            (await device.GetAsync(OsmAndQuery.For(test.AggressorDevice, far.Latitude, far.Longitude, lastReport))).EnsureSuccessStatusCode();
            (await device.GetAsync(OsmAndQuery.For(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, lastReport))).EnsureSuccessStatusCode();
            await first.KillAsync();
        }

        // Down past the moment the silence came due (last report + 6 s).
        var downUntil = lastReport.AddSeconds(9);
        await Task.Delay(downUntil - DateTime.UtcNow is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
        await using var second = await AmparoProcess.StartAsync(arguments, ports.Http);
        using var operador = await second.ClientAsync("operador", Password);

        var silent = await ApiJson.WaitForAlarmAsync(operador, test.Id, "signal_loss", seconds: 30);
        var blind = await ApiJson.WaitForAlarmAsync(operador, test.Id, "victim_device_silent", seconds: 30);

        var due = lastReport.AddSeconds(6);
        Assert.Equal(due, silent.GetProperty("raisedAt").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(due, blind.GetProperty("raisedAt").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.Single(await ApiJson.AllAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "signal_loss");
    }
}
