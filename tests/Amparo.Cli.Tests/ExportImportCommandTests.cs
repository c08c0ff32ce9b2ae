using Amparo.Cli.Commands;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Cli.Tests;

public class ExportImportCommandTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AmparoCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_PostgreSQL_database_carries_the_rows_and_a_second_import_is_refused()
    {
        var source = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        var target = await TestDatabases.CreateAsync(DatabaseProvider.Postgres);
        string[] from = ["--provider", "Sqlite", "--connection", source.ConnectionString];
        string[] to = ["--provider", "Postgres", "--connection", target.ConnectionString];
        await RunAsync(["migrate", .. from]);
        await new AuditLog(new AmparoDbContextFactory(Options.Create(source)), TimeProvider.System).RecordAllAsync(
            [new AuditEntry("operador", AuditActions.VictimDataRead, "case", "c-1", null, "10.0.0.7", "ficha \\ con barra")], CancellationToken.None);
        var folder = Path.Combine(Path.GetTempPath(), "amparo-cli-export-" + Guid.NewGuid().ToString("N"));

        var exported = await RunAsync(["export", folder, .. from]);
        var imported = await RunAsync(["import", folder, .. to]);
        var twice = await RunAsync(["import", folder, .. to]);
        var notEmptyFolder = await RunAsync(["export", folder, .. from]);

        Assert.Equal(0, exported.Code);
        Assert.Contains("Exportado / exported:", exported.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "manifest.json")));
        Assert.True(File.Exists(Path.Combine(folder, "README.md")));
        Assert.Contains("3 GeoJSON", exported.Output, StringComparison.Ordinal);
        Assert.All(new[] { "positions", "zones", "case-addresses" }, name => Assert.True(File.Exists(Path.Combine(folder, "geo", name + ".geojson"))));
        Assert.Equal(0, imported.Code);
        Assert.Equal(1, twice.Code);
        Assert.Contains("not empty", twice.Error, StringComparison.Ordinal);
        Assert.Equal(2, notEmptyFolder.Code);
        await using var db = new AmparoDbContextFactory(Options.Create(target)).CreateDbContext();
        Assert.Equal("ficha \\ con barra", (await db.AuditEvents.SingleAsync()).Details);
    }
}
