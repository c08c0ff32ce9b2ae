using System.Text.Json;
using Amparo.Cli.Commands;

namespace Amparo.Cli.Tests.Bench;

public class PartitionsBenchCommandTests
{
    [Fact]
    public async Task A_tiny_run_fills_every_month_and_reads_a_days_track_from_one_partition_and_reports_its_figures()
    {
        var server = Environment.GetEnvironmentVariable(Amparo.Testing.TestDatabases.PostgresVariable)
            ?? throw new InvalidOperationException("AMPARO_TEST_POSTGRES is not set.");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await AmparoCli.RunAsync(
            ["bench", "partitions", "--postgres", server, "--rows-per-month", "3000", "--devices", "30", "--months", "3", "--batch-size", "50", "--batches", "2"],
            output, error);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var result = json.RootElement;
        foreach (var variant in new[] { "partitioned", "unpartitioned" })
        {
            var figures = result.GetProperty(variant);
            // 3 months of 3,000 by COPY, then 3 batches of 50 (one untimed) in the first month and again in the last.
            Assert.Equal(9000 + (2 * 150), figures.GetProperty("rows").GetInt64());
            Assert.True(figures.GetProperty("write_first_month_rows_per_s").GetDouble() > 0);
            Assert.True(figures.GetProperty("write_last_month_rows_per_s").GetDouble() > 0);
            // 100 fixes a month per device: 3 or 4 in a day.
            Assert.InRange(figures.GetProperty("track_last_month").GetProperty("rows").GetInt64(), 3, 4);
        }

        Assert.Equal(["Positions_2025_01"], Tables(result, "partitioned", "track_first_month"));
        Assert.Equal(["Positions_2025_03"], Tables(result, "partitioned", "track_last_month"));
        Assert.Equal(["Positions_2025_01"], Tables(result, "partitioned", "track_first_month_at_end"));
        Assert.Equal(["Positions"], Tables(result, "unpartitioned", "track_last_month"));
        Assert.Contains("plain: 2025-03 filled", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sizes_that_make_no_sense_are_refused()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await AmparoCli.RunAsync(["bench", "partitions", "--postgres", "Host=127.0.0.1", "--months", "0"], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("--months", error.ToString(), StringComparison.Ordinal);
    }

    private static string[] Tables(JsonElement result, string variant, string probe) =>
        [.. result.GetProperty(variant).GetProperty(probe).GetProperty("tables").EnumerateArray().Select(t => t.GetString()!)];
}
