using System.Diagnostics;
using System.Globalization;
using Amparo.Data.Database;
using Amparo.Data.Portability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Cli.Bench.Portability;

/// <summary>
/// Fills a new PostgreSQL database with N positions (and a handful of cases, zones and trackers), times
/// <see cref="DataExporter"/> into a temporary folder, then <see cref="DataImporter"/> of that folder into a new
/// PostgreSQL database and into a new SQLite file (each migrated first, untimed), and checks both got every position.
/// Everything made is removed afterwards.
/// </summary>
public static class PortabilityBenchmark
{
    public static async Task<PortabilityBenchResult> RunAsync(string server, int positions, int devices, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        var folder = Directory.CreateTempSubdirectory("amparo-bench-portability-").FullName;
        try
        {
            await using var source = await FreshDatabase.CreateAsync(server);
            var from = await MigratedAsync(DatabaseProvider.Postgres, source.ConnectionString, cancellationToken);
            var fill = Stopwatch.StartNew();
            await PortabilityBenchSeeder.SeedAsync(from, source.ConnectionString, positions, devices, cancellationToken);
            var fillSeconds = fill.Elapsed.TotalSeconds;
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{positions:N0} positions stored in {fillSeconds:F1} s; exporting…"));

            var export = Path.Combine(folder, "export");
            var exporting = Stopwatch.StartNew();
            var manifest = await new DataExporter(from, TimeProvider.System).ExportAsync(export, cancellationToken);
            var exportSeconds = exporting.Elapsed.TotalSeconds;
            var rows = manifest.Tables.Sum(t => t.Rows);
            var csvBytes = Bytes(Path.Combine(export, "tables"));
            var geoBytes = Bytes(Path.Combine(export, "geo"));
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"exported {rows:N0} rows in {exportSeconds:F1} s ({Bytes(export) / 1e6:F0} MB); importing into PostgreSQL…"));

            await using var target = await FreshDatabase.CreateAsync(server);
            var (postgresSeconds, postgresPositions) = await ImportAsync(DatabaseProvider.Postgres, target.ConnectionString, export, cancellationToken);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL import {postgresSeconds:F1} s; importing into SQLite…"));
            var (sqliteSeconds, sqlitePositions) = await ImportAsync(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "amparo.db")}", export, cancellationToken);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"SQLite import {sqliteSeconds:F1} s."));

            return new PortabilityBenchResult(positions, devices, rows, Math.Round(fillSeconds, 2),
                Math.Round(exportSeconds, 2), Math.Round(rows / exportSeconds), Bytes(export), csvBytes, geoBytes,
                Math.Round(postgresSeconds, 2), Math.Round(rows / postgresSeconds), postgresPositions,
                Math.Round(sqliteSeconds, 2), Math.Round(rows / sqliteSeconds), sqlitePositions);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<AmparoDbContextFactory> MigratedAsync(DatabaseProvider provider, string connectionString, CancellationToken cancellationToken)
    {
        var contexts = new AmparoDbContextFactory(Options.Create(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }));
        await new DatabaseMigrator(contexts).MigrateAsync(cancellationToken);
        return contexts;
    }

    /// <summary>Seconds the import took, and the positions the database then holds.</summary>
    private static async Task<(double Seconds, long Positions)> ImportAsync(DatabaseProvider provider, string connectionString, string export, CancellationToken cancellationToken)
    {
        var contexts = await MigratedAsync(provider, connectionString, cancellationToken);
        var importing = Stopwatch.StartNew();
        await new DataImporter(contexts).ImportAsync(export, cancellationToken);
        var seconds = importing.Elapsed.TotalSeconds;
        await using var db = contexts.CreateDbContext();
        return (seconds, await db.Positions.LongCountAsync(cancellationToken));
    }

    private static long Bytes(string folder) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
}
