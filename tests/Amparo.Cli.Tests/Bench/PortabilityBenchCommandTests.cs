using System.Text.Json;
using Amparo.Cli.Commands;

namespace Amparo.Cli.Tests.Bench;

public class PortabilityBenchCommandTests
{
    [Fact]
    public async Task A_tiny_run_exports_and_imports_every_position_into_PostgreSQL_and_SQLite_and_reports_its_figures()
    {
        var server = Environment.GetEnvironmentVariable(Amparo.Testing.TestDatabases.PostgresVariable)
            ?? throw new InvalidOperationException("AMPARO_TEST_POSTGRES is not set.");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await AmparoCli.RunAsync(["bench", "portability", "--postgres", server, "--positions", "3000", "--devices", "4"], output, error);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var result = json.RootElement;
        Assert.Equal(3000, result.GetProperty("positions").GetInt64());
        Assert.Equal(3000, result.GetProperty("postgres_positions").GetInt64());
        Assert.Equal(3000, result.GetProperty("sqlite_positions").GetInt64());
        Assert.True(result.GetProperty("rows").GetInt64() > 3000, "the cases, zones and trackers are exported too");
        Assert.True(result.GetProperty("export_rows_per_s").GetDouble() > 0);
        Assert.True(result.GetProperty("import_postgres_rows_per_s").GetDouble() > 0);
        Assert.True(result.GetProperty("import_sqlite_rows_per_s").GetDouble() > 0);
        Assert.True(result.GetProperty("geojson_bytes").GetInt64() > 0);
        // Besides tables/ and geo/, the export holds only manifest.json and README.md.
        var rest = result.GetProperty("export_bytes").GetInt64() - result.GetProperty("csv_bytes").GetInt64() - result.GetProperty("geojson_bytes").GetInt64();
        Assert.InRange(rest, 1_000, 200_000);
        Assert.Contains("SQLite import", error.ToString(), StringComparison.Ordinal);
    }
}
