using System.Globalization;
using Amparo.Data.Database;
using Amparo.Ingest.OsmAnd;
using Amparo.Server.Hosting;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.Extensions.Options;
using Npgsql;
using Xunit.Abstractions;

namespace Amparo.Server.Tests.Cluster;

/// <summary>
/// PostgreSQL crashes under load and comes back: while it is down Amparo acknowledges nothing (the trackers retry),
/// nothing it acknowledged is lost, and once it is back Amparo stores and raises alarms again by itself.
/// </summary>
public class PostgresRestartTests(ITestOutputHelper output)
{
    private const string Password = "Reinicio.Base-2026";

    [Fact]
    public async Task A_database_crash_under_load_loses_no_acknowledged_fix_and_Amparo_recovers_by_itself()
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        var database = new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = await postgres.CreateDatabaseAsync("amparo_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12]),
        };
        var ports = TestPorts.Free();
        string[] arguments =
        [
            .. ports.Arguments(),
            "--Amparo:Database:Provider=Postgres",
            $"--Amparo:Database:ConnectionString={database.ConnectionString}",
            "--Amparo:Demo:Enabled=true",
            "--Amparo:Demo:Simulate=false",
            $"--Amparo:Demo:Password={Password}",
            "--Amparo:Map:TileUrl=",
            "--Logging:LogLevel:Default=Warning",
        ];
        var contexts = new AmparoDbContextFactory(Options.Create(database));
        TestCase test;
        TrackerFleet fleet;
        await using (var setup = AmparoHost.Build(arguments))
        {
            await AmparoHost.PrepareAsync(setup);
            test = await TestCase.CreateAsync(contexts.CreateDbContext);
            fleet = await TrackerFleet.RegisterAsync(contexts.CreateDbContext, 8, [ports.Gt06]);
        }

        await using var amparo = await AmparoProcess.StartAsync(arguments, ports.Http);
        using var stop = new CancellationTokenSource();
        var load = fleet.RunAsync(TimeSpan.FromMilliseconds(20), stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var crashedAt = DateTime.UtcNow;
        await postgres.CrashAsync();
        await Task.Delay(TimeSpan.FromSeconds(4));
        var restartedAt = DateTime.UtcNow;
        await postgres.StartAgainAsync();
        await Task.Delay(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await load;
        // This test's own pooled connections died with the server (Amparo's are its own business, and tested here).
        NpgsqlConnection.ClearAllPools();

        var (acknowledged, missing) = await fleet.CheckStoredAsync(contexts.CreateDbContext);
        var whileDown = fleet.Trackers.Sum(t => t.Acknowledged.Count(a => a.At > crashedAt.AddSeconds(0.5) && a.At < restartedAt));
        var back = fleet.Trackers.Select(t => t.Acknowledged.FirstOrDefault(a => a.At > restartedAt)?.At).ToList();
        output.WriteLine($"{acknowledged} fixes acknowledged, {missing.Count} missing, {whileDown} acknowledged while the database was down; " +
            $"every tracker stored again within {back.Max() - restartedAt} of the restart; {fleet.Trackers.Sum(t => t.Reconnects)} reconnections");
        Assert.Empty(missing);
        Assert.Equal(0, whileDown);
        Assert.All(back, at => Assert.NotNull(at));

        using var operador = await amparo.ClientAsync("operador", Password);
        using var device = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports.OsmAnd}/") };
        var inside = test.North(100);
        (await device.GetAsync(OsmAndQuery.For(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, DateTime.UtcNow))).EnsureSuccessStatusCode();
        (await device.GetAsync(OsmAndQuery.For(test.AggressorDevice, inside.Latitude, inside.Longitude, DateTime.UtcNow))).EnsureSuccessStatusCode();
        await ApiJson.WaitForAlarmAsync(operador, test.Id, "zone_entry");
        using var health = await operador.GetAsync(new Uri("health/ready", UriKind.Relative));
        Assert.True(health.IsSuccessStatusCode);
    }
}
