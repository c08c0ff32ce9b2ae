using System.Diagnostics;
using System.Globalization;
using Amparo.Data.Database;
using Amparo.Data.Positions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Amparo.Cli.Bench.Partitions;

/// <summary>
/// A year (by default) of synthetic position history in a new PostgreSQL database, filled month by month by binary
/// COPY. In the first month and again in the last it times the same number of batches of the same size through
/// <see cref="PostgresPositionBatchInserter"/> (the writer's path: unnest, ON CONFLICT DO NOTHING), and reads one
/// device's track for one day (EXPLAIN (ANALYZE, BUFFERS), then timed runs); at the end also a day of the first month.
/// With the comparison, the same on one plain table in another new database (migrated to just before partitioning).
/// </summary>
public static class PartitionsBenchmark
{
    public static readonly DateTime Origin = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The device whose track is read.</summary>
    private const int TrackedDevice = 7;

    public static async Task<PartitionsBenchResult> RunAsync(string server, PartitionsBenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var partitioned = await VariantAsync(server, options, partitioned: true, log, cancellationToken);
        var plain = options.Compare ? await VariantAsync(server, options, partitioned: false, log, cancellationToken) : null;
        return new PartitionsBenchResult(options.RowsPerMonth, options.Devices, options.Months, options.BatchSize, options.Batches, partitioned, plain);
    }

    private static async Task<PartitionsBenchVariant> VariantAsync(string server, PartitionsBenchOptions options, bool partitioned, TextWriter log, CancellationToken cancellationToken)
    {
        var label = partitioned ? "partitioned" : "plain";
        await using var database = await FreshDatabase.CreateAsync(server);
        await MigrateAsync(database.ConnectionString, partitioned, cancellationToken);
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        if (partitioned)
        {
            await new PositionPartitionMaintenance(dataSource).RunAsync(Origin, options.Months, retentionMonths: 0, cancellationToken);
        }

        double fillSeconds = 0;
        double writeFirst = 0;
        double writeLast = 0;
        TrackProbeResult? trackFirst = null;
        TrackProbeResult? trackLast = null;
        for (var m = 0; m < options.Months; m++)
        {
            var month = Origin.AddMonths(m);
            var filling = Stopwatch.StartNew();
            await SyntheticMonth.FillAsync(dataSource, month, options.RowsPerMonth, options.Devices, cancellationToken);
            fillSeconds += filling.Elapsed.TotalSeconds;
            await ExecuteAsync(dataSource, $"ANALYZE \"{(partitioned ? PositionTable.MonthPartition(month) : PositionTable.Name)}\"", cancellationToken);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{label}: {month:yyyy-MM} filled in {filling.Elapsed.TotalSeconds:F1} s"));
            if (m == 0)
            {
                writeFirst = await WriteRateAsync(dataSource, month, options, cancellationToken);
                trackFirst = await TrackProbe.RunAsync(dataSource, SyntheticMonth.Device(TrackedDevice), month.AddDays(14), cancellationToken);
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{label}: first month {writeFirst:N0} fixes/s written, a day's track {trackFirst.MedianMilliseconds} ms"));
            }

            if (m == options.Months - 1)
            {
                writeLast = await WriteRateAsync(dataSource, month, options, cancellationToken);
                trackLast = await TrackProbe.RunAsync(dataSource, SyntheticMonth.Device(TrackedDevice), month.AddDays(14), cancellationToken);
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{label}: last month {writeLast:N0} fixes/s written, a day's track {trackLast.MedianMilliseconds} ms"));
            }
        }

        var trackFirstAtEnd = await TrackProbe.RunAsync(dataSource, SyntheticMonth.Device(TrackedDevice), Origin.AddDays(15), cancellationToken);
        return new PartitionsBenchVariant(
            await ScalarAsync(dataSource, $"SELECT count(*) FROM \"{PositionTable.Name}\"", cancellationToken),
            Math.Round(fillSeconds, 1),
            await ScalarAsync(dataSource,
                $"SELECT COALESCE(sum(pg_total_relation_size(oid)), 0)::bigint FROM pg_class WHERE relkind = 'r' AND (relname = '{PositionTable.Name}' OR relname LIKE '{PositionTable.Name}\\_%')",
                cancellationToken),
            Math.Round(writeFirst), Math.Round(writeLast), trackFirst!, trackLast!, trackFirstAtEnd);
    }

    /// <summary>The schema as migrated: partitioned, or as it was just before the partitioning migration.</summary>
    private static async Task MigrateAsync(string connectionString, bool partitioned, CancellationToken cancellationToken)
    {
        var contexts = new AmparoDbContextFactory(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString }));
        await using var db = contexts.CreateDbContext();
        var migrations = db.Database.GetMigrations().ToList();
        var partitioning = migrations.FindIndex(m => m.EndsWith("_PositionPartitions", StringComparison.Ordinal));
        await db.GetService<IMigrator>().MigrateAsync(partitioned ? null : migrations[partitioning - 1], cancellationToken);
    }

    /// <summary>Fixes per second through the real insert path: the same batches' count and size every time, built before timing.</summary>
    private static async Task<double> WriteRateAsync(NpgsqlDataSource dataSource, DateTime month, PartitionsBenchOptions options, CancellationToken cancellationToken)
    {
        var interval = SyntheticMonth.Interval(month, options.RowsPerMonth, options.Devices);
        var random = new Random(month.Month + 100);
        var batches = Enumerable.Range(0, options.Batches + 1).Select(b => Enumerable.Range(0, options.BatchSize).Select(i =>
        {
            var n = (b * options.BatchSize) + i;
            var d = n % options.Devices;
            var at = month.AddDays(20).AddSeconds((interval * (n / options.Devices)) + (interval * d / options.Devices) + 0.5);
            return SyntheticMonth.Fix(d, at, random);
        }).ToList()).ToList();
        await using var inserter = new PostgresPositionBatchInserter(dataSource);
        await inserter.InsertAsync(batches[0], cancellationToken); // untimed: opens the pool's connection
        var started = Stopwatch.GetTimestamp();
        foreach (var batch in batches.Skip(1))
        {
            await inserter.InsertAsync(batch, cancellationToken);
        }

        return options.Batches * options.BatchSize / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
