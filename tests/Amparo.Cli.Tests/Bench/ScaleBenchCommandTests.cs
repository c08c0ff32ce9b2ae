using System.Text.Json;
using Amparo.Cli.Commands;

namespace Amparo.Cli.Tests.Bench;

public class ScaleBenchCommandTests
{
    [Fact]
    public async Task A_tiny_run_wakes_every_case_at_start_up_feeds_each_device_and_prints_memory_per_device()
    {
        var server = Environment.GetEnvironmentVariable(Amparo.Testing.TestDatabases.PostgresVariable)
            ?? throw new InvalidOperationException("AMPARO_TEST_POSTGRES is not set.");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await AmparoCli.RunAsync(["bench", "scale", "--postgres", server, "--cases", "20"], output, error);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var result = json.RootElement;
        Assert.Equal(20, result.GetProperty("cases").GetInt32());
        Assert.Equal(40, result.GetProperty("devices").GetInt32());
        Assert.Equal(20, result.GetProperty("active_cases").GetInt32());
        Assert.Equal(20, result.GetProperty("grains_woken").GetInt32());
        Assert.Equal(40, result.GetProperty("fixes_fed").GetInt32());
        Assert.True(result.GetProperty("baseline_managed_bytes").GetInt64() > 0);
        Assert.True(result.GetProperty("managed_bytes").GetInt64() > 0);
        Assert.True(result.TryGetProperty("managed_bytes_per_device", out _));
        Assert.Equal(0, result.GetProperty("errors_logged").GetInt64());
        var log = error.ToString();
        Assert.Contains("20 of 20 active cases' grains woken", log, StringComparison.Ordinal);
        Assert.Contains("per device", log, StringComparison.Ordinal);
    }
}
