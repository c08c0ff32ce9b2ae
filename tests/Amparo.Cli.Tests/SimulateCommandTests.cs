using System.Globalization;
using System.Text.Json;
using Amparo.Cli.Commands;
using Amparo.Cli.Simulation;
using Amparo.Data.Database;
using Amparo.Domain.Devices;
using Amparo.Server.Hosting;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Cli.Tests;

public class SimulateCommandTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Devices_of_every_protocol_report_to_a_real_server_and_the_summary_matches_what_was_stored(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider);
        var ports = TestPorts.Free();
        var app = AmparoHost.Build(
        [
            .. ports.Arguments(), $"--Amparo:Database:Provider={provider}", $"--Amparo:Database:ConnectionString={database.ConnectionString}",
            "--Amparo:Map:TileUrl=", "--Logging:LogLevel:Default=Warning",
        ]);
        await AmparoHost.PrepareAsync(app);
        await app.StartAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit;
        try
        {
            exit = await AmparoCli.RunAsync(
                [
                    "simulate", "--register", "--provider", provider.ToString(), "--connection", database.ConnectionString,
                    "--devices", "10", "--interval", "1", "--duration", "5", "--seed", "7",
                    "--gt06-port", Text(ports.Gt06), "--teltonika-port", Text(ports.Teltonika), "--h02-port", Text(ports.H02),
                    "--watch-port", Text(ports.Watch), "--osmand-port", Text(ports.OsmAnd),
                ],
                output, error).WaitAsync(TimeSpan.FromMinutes(2));
        }
        finally
        {
            // Stopping drains the server's writes, so every fix it received is counted below.
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Assert.True(exit == 0, output + error.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("Fin / done", StringComparison.Ordinal));
        var result = JsonDocument.Parse(lines[^1]).RootElement;
        await using var db = AmparoDbContextFactory.Create(database)();
        var devices = await db.Devices.AsNoTracking().ToListAsync();
        var stored = await db.Positions.AsNoTracking().GroupBy(p => p.DeviceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(10, devices.Count);
        Assert.All(devices, d => Assert.Equal(SimulatedDeviceRegistration.Label, d.Label));
        Assert.False(await db.DeviceAssignments.AnyAsync());
        foreach (var protocol in new[] { DeviceProtocol.Gt06, DeviceProtocol.Teltonika, DeviceProtocol.H02, DeviceProtocol.Watch, DeviceProtocol.OsmAnd })
        {
            var ofProtocol = devices.Where(d => d.Protocol == protocol).ToList();
            Assert.Equal(2, ofProtocol.Count);
            Assert.All(ofProtocol, d => Assert.True(stored.GetValueOrDefault(d.Id) > 0, $"{protocol} {d.UniqueId} stored nothing: {output}"));
            var counts = result.GetProperty("protocols").GetProperty(protocol.ToString().ToLowerInvariant());
            var (sent, acknowledged) = (counts.GetProperty("sent").GetInt64(), counts.GetProperty("acknowledged").GetInt64());
            var storedCount = ofProtocol.Sum(d => stored.GetValueOrDefault(d.Id));
            Assert.InRange(storedCount, acknowledged, sent);
            Assert.Equal(0, counts.GetProperty("errors").GetInt64());
            if (protocol == DeviceProtocol.Watch)
            {
                Assert.Equal(0, acknowledged);
            }
            else
            {
                Assert.True(acknowledged > 0, $"{protocol}: {output}");
            }
        }

        Assert.Equal(stored.Values.Sum(), await db.Positions.CountAsync());
        Assert.True(result.GetProperty("sent").GetInt64() >= stored.Values.Sum());
        Assert.True(result.GetProperty("ackP99Ms").GetDouble() >= result.GetProperty("ackP50Ms").GetDouble());
    }

    [Fact]
    public async Task With_no_server_to_connect_to_it_stops_after_its_duration_and_says_so_with_exit_code_1()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var free = TestPorts.Free();

        var exit = await AmparoCli.RunAsync(
            [
                "simulate", "--devices", "5", "--duration", "2", "--interval", "1",
                "--gt06-port", Text(free.Gt06), "--teltonika-port", Text(free.Teltonika), "--h02-port", Text(free.H02),
                "--watch-port", Text(free.Watch), "--osmand-port", Text(free.OsmAnd),
            ],
            output, error).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, exit);
        Assert.Contains("Ningún dispositivo pudo conectarse", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Fin / done", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--devices 0", "--devices debe estar entre 1 y 100000")]
    [InlineData("--interval 5 --rate 10", "no ambos")]
    [InlineData("--mix gt06=40,tomtom=60", "protocolo desconocido 'tomtom'")]
    [InlineData("--mix gt06=0", "ningún protocolo")]
    [InlineData("--centre arequipa", "se espera lat,lon")]
    [InlineData("--devices 10 --rate 100", "a lo sumo un fijo por segundo")]
    [InlineData("--duration 0", "--duration debe ser positiva")]
    [InlineData("--gt06-port 70000", "--gt06-port 70000: puerto inválido")]
    public async Task Bad_options_are_refused_with_a_clear_message_and_exit_code_2(string arguments, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await AmparoCli.RunAsync(["simulate", .. arguments.Split(' ')], output, error);

        Assert.Equal(2, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Simulando", output.ToString(), StringComparison.Ordinal);
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
