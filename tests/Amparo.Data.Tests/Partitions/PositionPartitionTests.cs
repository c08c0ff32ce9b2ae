using System.ComponentModel.DataAnnotations;
using Amparo.Data.Positions;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using static Amparo.Data.Tests.Partitions.PartitionedDatabase;

namespace Amparo.Data.Tests.Partitions;

/// <summary>PostgreSQL only: the position history partitioned by month of fix time (SQLite keeps one table).</summary>
public class PositionPartitionTests
{
    [Fact]
    public async Task The_migrated_table_is_partitioned_by_fix_time_with_a_default_and_the_months_ahead()
    {
        await using var database = await CreateAsync();

        Assert.Equal("r", await database.ScalarAsync<string>(
            "SELECT partstrat::text FROM pg_partitioned_table WHERE partrelid = '\"Positions\"'::regclass"));
        Assert.Equal("RANGE (\"FixTime\")", await database.ScalarAsync<string>("SELECT pg_get_partkeydef('\"Positions\"'::regclass)"));
        var now = DateTime.UtcNow;
        var partitions = await database.PartitionsAsync();
        Assert.Contains(PositionTable.DefaultPartition, partitions);
        Assert.Contains(PositionTable.MonthPartition(now), partitions);
        Assert.Contains(PositionTable.MonthPartition(now.AddMonths(3)), partitions);

        var pass = await database.Maintenance.RunAsync(Utc(2031, 5, 10), monthsAhead: 3, retentionMonths: 0, CancellationToken.None);

        Assert.True(pass.Partitioned);
        Assert.Equal(["Positions_2031_05", "Positions_2031_06", "Positions_2031_07", "Positions_2031_08"], pass.Created);
        Assert.Empty(pass.Moved);
        Assert.Empty(pass.Dropped);
        Assert.Superset(pass.Created.ToHashSet(), (await database.PartitionsAsync()).ToHashSet());
        var again = await database.Maintenance.RunAsync(Utc(2031, 5, 20), monthsAhead: 3, retentionMonths: 0, CancellationToken.None);
        Assert.Empty(again.Created);
    }

    [Fact]
    public async Task A_fix_far_ahead_lands_in_default_and_moves_into_its_month_when_the_month_is_created()
    {
        await using var database = await CreateAsync();
        var device = Guid.NewGuid();
        var far = Utc(2040, 3, 10, 8);
        var nextMonth = Utc(2040, 4, 2, 9);
        await database.InsertAsync(Fix(device, far), Fix(device, far), Fix(device, nextMonth));
        var before = await database.WhereAsync(device);
        Assert.Equal([PositionTable.DefaultPartition, PositionTable.DefaultPartition], before.Select(r => r.Partition));

        var pass = await database.Maintenance.RunAsync(Utc(2040, 1, 20), monthsAhead: 2, retentionMonths: 0, CancellationToken.None);

        Assert.Equal(["Positions_2040_01", "Positions_2040_02", "Positions_2040_03"], pass.Created);
        Assert.Equal(new Dictionary<string, long> { ["Positions_2040_03"] = 1 }, pass.Moved);
        var after = await database.WhereAsync(device);
        Assert.Equal([(far, "Positions_2040_03", before[0].Id), (nextMonth, PositionTable.DefaultPartition, before[1].Id)], after);
        Assert.Contains(PositionTable.DefaultPartition, await database.PartitionsAsync());

        // The same fixes again (a retry), now in the month's partition and in DEFAULT: absorbed; a new one is stored.
        await database.InsertAsync(Fix(device, far), Fix(device, nextMonth), Fix(device, far.AddSeconds(30)));
        var last = await database.WhereAsync(device);
        Assert.Equal(3, last.Count);
        Assert.Equal(("Positions_2040_03", true), (last[1].Partition, last[1].Id > before[1].Id));

        var moved = await database.Maintenance.RunAsync(Utc(2040, 3, 31), monthsAhead: 1, retentionMonths: 0, CancellationToken.None);
        Assert.Equal(new Dictionary<string, long> { ["Positions_2040_04"] = 1 }, moved.Moved);
        Assert.Equal(0L, await database.ScalarAsync<long>($"SELECT count(*) FROM \"{PositionTable.DefaultPartition}\""));
    }

    [Fact]
    public async Task Duplicates_are_absorbed_across_the_partitioned_table_in_one_batch_spanning_months()
    {
        await using var database = await CreateAsync();
        await database.Maintenance.RunAsync(Utc(2032, 1, 1), monthsAhead: 1, retentionMonths: 0, CancellationToken.None);
        var device = Guid.NewGuid();
        var fixes = Enumerable.Range(-50, 100).Select(i => Fix(device, Utc(2032, 2, 1).AddMinutes(i))).ToArray();

        await database.InsertAsync([.. fixes, .. fixes]);
        await database.InsertAsync(fixes);

        var stored = await database.WhereAsync(device);
        Assert.Equal(100, stored.Count);
        Assert.Equal(50, stored.Count(r => r.Partition == "Positions_2032_01"));
        Assert.Equal(50, stored.Count(r => r.Partition == "Positions_2032_02"));
        Assert.Equal(100, stored.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task Retention_drops_only_the_months_entirely_older_than_it_and_only_when_configured()
    {
        await using var database = await CreateAsync();
        await database.Maintenance.RunAsync(Utc(2033, 1, 1), monthsAhead: 5, retentionMonths: 0, CancellationToken.None);
        var device = Guid.NewGuid();
        await database.InsertAsync(Fix(device, Utc(2033, 1, 31, 23)), Fix(device, Utc(2033, 2, 14)), Fix(device, Utc(2033, 3, 1)), Fix(device, Utc(1999, 8, 22)));

        var forever = await database.Maintenance.RunAsync(Utc(2033, 6, 15), monthsAhead: 1, retentionMonths: 0, CancellationToken.None);
        Assert.Empty(forever.Dropped);
        Assert.Equal(4, (await database.WhereAsync(device)).Count);

        var pass = await database.Maintenance.RunAsync(Utc(2033, 6, 15), monthsAhead: 1, retentionMonths: 3, CancellationToken.None);

        Assert.Contains("Positions_2033_01", pass.Dropped.Keys);
        Assert.Contains("Positions_2033_02", pass.Dropped.Keys);
        Assert.DoesNotContain("Positions_2033_03", pass.Dropped.Keys);
        var left = await database.PartitionsAsync();
        Assert.DoesNotContain("Positions_2033_01", left);
        Assert.Contains("Positions_2033_03", left);
        Assert.Contains(PositionTable.DefaultPartition, left);
        Assert.All(left.Select(PositionPartitionMaintenance.Month).OfType<DateTime>(), m => Assert.True(m >= Utc(2033, 3, 1)));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM pg_class WHERE relname = 'Positions_2033_01'"));
        // The fix of March stays, and so does the garbage date in DEFAULT: retention only drops whole months.
        Assert.Equal([Utc(1999, 8, 22), Utc(2033, 3, 1)], (await database.WhereAsync(device)).Select(r => r.FixTime));
    }

    [Fact]
    public async Task Two_servers_keeping_the_partitions_at_once_both_succeed_and_create_each_month_once()
    {
        await using var database = await CreateAsync();
        await using var other = await Task.Run(() => Npgsql.NpgsqlDataSource.Create(database.Factory.Options.ConnectionString));
        var second = new PositionPartitionMaintenance(other);

        var passes = await Task.WhenAll(
            database.Maintenance.RunAsync(Utc(2034, 7, 1), monthsAhead: 6, retentionMonths: 0, CancellationToken.None),
            second.RunAsync(Utc(2034, 7, 1), monthsAhead: 6, retentionMonths: 0, CancellationToken.None));

        Assert.Equal(7, passes.Sum(p => p.Created.Count));
        Assert.Equal(["Positions_2034_07", "Positions_2034_08", "Positions_2034_09", "Positions_2034_10", "Positions_2034_11", "Positions_2034_12", "Positions_2035_01"],
            passes.SelectMany(p => p.Created).Order(StringComparer.Ordinal));
        Assert.Equal(6, (await database.PartitionsAsync()).Count(p => p.StartsWith("Positions_2034_", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_devices_track_for_a_day_reads_one_partition_through_its_index()
    {
        await using var database = await CreateAsync();
        await database.Maintenance.RunAsync(Utc(2035, 4, 1), monthsAhead: 2, retentionMonths: 0, CancellationToken.None);
        // 40 devices, a fix every 10 minutes from April to June: about 160,000 rows over three partitions.
        await database.ExecuteAsync("""
            INSERT INTO "Positions" ("DeviceId", "FixTime", "ServerTime", "Valid", "Latitude", "Longitude")
            SELECT ('00000000-0000-0000-0000-0000000000' || lpad(d::text, 2, '0'))::uuid, t, t, true, -16.4 + d / 1000.0, -71.5
            FROM generate_series(1, 40) d,
                 generate_series(timestamptz '2035-04-01 00:00:00+00', timestamptz '2035-06-30 23:50:00+00', interval '10 minutes') t;
            ANALYZE "Positions";
            """);

        await using var command = database.DataSource.CreateCommand("""
            EXPLAIN SELECT * FROM "Positions"
            WHERE "DeviceId" = @device AND "FixTime" >= @from AND "FixTime" < @to ORDER BY "FixTime"
            """);
        command.Parameters.AddWithValue("device", Guid.Parse("00000000-0000-0000-0000-000000000007"));
        command.Parameters.AddWithValue("from", Utc(2035, 5, 10));
        command.Parameters.AddWithValue("to", Utc(2035, 5, 11));
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        var text = string.Join('\n', plan);
        Assert.Contains("Positions_2035_05", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Positions_2035_04", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Positions_2035_06", text, StringComparison.Ordinal);
        Assert.DoesNotContain(PositionTable.DefaultPartition, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", text, StringComparison.Ordinal);
        Assert.Contains("Index Scan", text, StringComparison.Ordinal);
        Assert.Contains("DeviceId", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_migration_moves_the_rows_already_stored_and_its_down_migration_restores_one_plain_table()
    {
        await using var database = await CreateAsync();
        await using var db = database.Factory.CreateDbContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261205032932_DocumentStamps");
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM pg_partitioned_table"));
        var device = Guid.NewGuid();
        var thisMonth = DateTime.UtcNow.Date;
        await database.InsertAsync(Fix(device, Utc(2019, 3, 5)), Fix(device, thisMonth), Fix(device, Utc(2099, 1, 1)));
        var plain = await database.WhereAsync(device);
        Assert.All(plain, r => Assert.Equal(PositionTable.Name, r.Partition));

        await migrator.MigrateAsync();

        var partitioned = await database.WhereAsync(device);
        Assert.Equal(
            [("Positions_2019_03", plain[0].Id), (PositionTable.MonthPartition(thisMonth), plain[1].Id), (PositionTable.DefaultPartition, plain[2].Id)],
            partitioned.Select(r => (r.Partition, r.Id)));
        await database.InsertAsync(Fix(device, thisMonth.AddMinutes(1)));
        Assert.True((await database.WhereAsync(device))[2].Id > plain[2].Id);
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM pg_class WHERE relname LIKE 'Positions\\_un%'"));

        await migrator.MigrateAsync("20261205032932_DocumentStamps");

        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM pg_partitioned_table"));
        var back = await database.WhereAsync(device);
        Assert.Equal(4, back.Count);
        Assert.All(back, r => Assert.Equal(PositionTable.Name, r.Partition));
        await database.InsertAsync(Fix(device, thisMonth.AddMinutes(2)), Fix(device, thisMonth.AddMinutes(1)));
        var last = await database.WhereAsync(device);
        Assert.Equal(5, last.Count);
        Assert.True(last.Max(r => r.Id) > back.Max(r => r.Id));
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM pg_indexes WHERE tablename = 'Positions' AND indexname = 'IX_Positions_Device_Fix'"));
    }

    [Fact]
    public void The_options_refuse_no_months_ahead_and_a_negative_retention()
    {
        Assert.True(Valid(new PositionPartitionOptions()));
        Assert.Equal((3, 0), (new PositionPartitionOptions().MonthsAhead, new PositionPartitionOptions().RetentionMonths));
        Assert.False(Valid(new PositionPartitionOptions { MonthsAhead = 0 }));
        Assert.False(Valid(new PositionPartitionOptions { RetentionMonths = -1 }));
        Assert.False(Valid(new PositionPartitionOptions { CheckEvery = TimeSpan.Zero }));
    }

    private static bool Valid(PositionPartitionOptions options) =>
        Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true);
}
