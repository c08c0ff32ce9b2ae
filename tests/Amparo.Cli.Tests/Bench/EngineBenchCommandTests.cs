using System.Text.Json;
using Amparo.Cli.Commands;
using Amparo.Data.Database;
using Amparo.Testing;

namespace Amparo.Cli.Tests.Bench;

public class EngineBenchCommandTests
{
    [Fact]
    public async Task A_tiny_run_evaluates_positions_and_times_every_breach_to_its_alarm()
    {
        var database = await TestDatabases.CreateAsync(DatabaseProvider.Postgres);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await AmparoCli.RunAsync(
            ["bench", "engine", "--postgres", database.ConnectionString, "--cases", "5", "--seconds", "3", "--breaches", "3"], output, error);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var result = json.RootElement;
        Assert.True(result.GetProperty("positions_evaluated").GetInt64() > 0, error.ToString());
        Assert.True(result.GetProperty("positions_evaluated_per_s").GetDouble() > 0);
        Assert.Equal(3, result.GetProperty("breaches").GetInt32());
        Assert.Equal(3, result.GetProperty("alarm_samples").GetInt32());
        Assert.True(result.GetProperty("p99_alarm_ms").GetDouble() > 0);
        Assert.Equal(3, result.GetProperty("zone_entry_alarms").GetInt32());
        Assert.Equal(0, result.GetProperty("other_alarms").GetInt32());
        Assert.Equal(0, result.GetProperty("engine_failures").GetInt64());
        Assert.Contains("evaluated by the grains", error.ToString(), StringComparison.Ordinal);
    }
}
