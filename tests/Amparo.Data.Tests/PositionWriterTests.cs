using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Data.Positions;
using Amparo.Domain.Devices;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Amparo.Data.Tests;

public class PositionWriterTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Batches_are_committed_before_callers_return_and_duplicates_are_absorbed(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var deviceId = await AddDeviceAsync(factory);
        await using var inserter = Inserter(factory);
        using var writer = new PositionWriter(inserter, Options.Create(new PositionWriterOptions { MaxBatchSize = 64, LingerMilliseconds = 5 }), NullLogger<PositionWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var start = new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);

        // 500 distinct fixes, each sent twice at once (a device retrying), plus 50 sent again later.
        var fixes = Enumerable.Range(0, 500).Select(i => Fix(deviceId, start.AddSeconds(i), -16.4 + i / 1e5)).ToList();
        await Task.WhenAll(fixes.Concat(fixes).Select(f => writer.WriteAsync(Copy(f), PositionUrgency.Routine, CancellationToken.None)));
        await Task.WhenAll(fixes.Take(50).Select(f => writer.WriteAsync(Copy(f), PositionUrgency.Routine, CancellationToken.None)));

        await using var db = factory.CreateDbContext();
        Assert.Equal(500, await db.Positions.CountAsync(p => p.DeviceId == deviceId));
        var stored = await db.Positions.Where(p => p.DeviceId == deviceId).OrderBy(p => p.FixTime).FirstAsync();
        Assert.Equal(start, stored.FixTime);
        Assert.Equal(DateTimeKind.Utc, stored.FixTime.Kind);
        Assert.Equal("{\"power\":12.5}", stored.Attributes);
        await writer.StopAsync(CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_batch_that_cannot_be_committed_fails_every_caller_in_it_and_the_writer_goes_on(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var deviceId = await AddDeviceAsync(factory);
        await using var inserter = Inserter(factory);
        using var writer = new PositionWriter(inserter, Options.Create(new PositionWriterOptions { LingerMilliseconds = 20 }), NullLogger<PositionWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Positions\" RENAME TO \"PositionsAway\"");
        }

        var writes = Enumerable.Range(0, 3).Select(i => writer.WriteAsync(Fix(deviceId, DateTime.UtcNow.AddSeconds(-i), -16.4), PositionUrgency.Routine, CancellationToken.None)).ToList();

        foreach (var write in writes)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => write);
        }

        await using (var db = factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"PositionsAway\" RENAME TO \"Positions\"");
        }

        await writer.WriteAsync(Fix(deviceId, DateTime.UtcNow, -16.41), PositionUrgency.Routine, CancellationToken.None);
        await using (var db = factory.CreateDbContext())
        {
            Assert.Equal(1, await db.Positions.CountAsync());
        }

        await writer.StopAsync(CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task While_the_database_is_held_up_a_fix_carrying_an_alarm_is_committed_ahead_of_the_routine_fixes_queued_before_it(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var deviceId = await AddDeviceAsync(factory);
        await using var inserter = Inserter(factory);
        using var writer = new PositionWriter(inserter, Options.Create(new PositionWriterOptions { MaxBatchSize = 10, LingerMilliseconds = 5 }), NullLogger<PositionWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var start = new DateTime(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc);

        List<Task> routine;
        Task alarm;
        await using (var hold = await HoldPositionsAsync(factory))
        {
            routine = Enumerable.Range(0, 100).Select(i => writer.WriteAsync(Fix(deviceId, start.AddSeconds(i), -16.4), PositionUrgency.Routine, CancellationToken.None)).ToList();
            alarm = writer.WriteAsync(Fix(deviceId, start.AddSeconds(500), -16.5), PositionUrgency.Alarm, CancellationToken.None);
            Assert.False(alarm.IsCompleted);
        }

        await Task.WhenAll([.. routine, alarm]);
        // Rows are numbered in commit order: the first batch (at most 10 routine fixes) was already waiting on the
        // lock; the alarm went into the next one, ahead of the 90 routine fixes queued before it.
        await using var db = factory.CreateDbContext();
        var alarmRow = await db.Positions.Where(p => p.DeviceId == deviceId && p.Latitude == -16.5).Select(p => p.Id).SingleAsync();
        Assert.InRange(await db.Positions.CountAsync(p => p.DeviceId == deviceId && p.Id < alarmRow), 0, 30);
        Assert.Equal(101, await db.Positions.CountAsync(p => p.DeviceId == deviceId));
        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void The_hand_written_insert_names_match_the_model()
    {
        using var db = new SqliteAmparoDbContext(new DbContextOptionsBuilder<SqliteAmparoDbContext>().UseSqlite("Data Source=:memory:").Options);
        var entity = db.Model.FindEntityType(typeof(Position))!;
        Assert.Equal(PositionTable.Name, entity.GetTableName());
        var columns = entity.GetProperties().Select(p => p.GetColumnName()).ToHashSet();
        Assert.All(PositionTable.InsertColumns, c => Assert.Contains(c, columns));
        Assert.Equal(columns.Count - 1, PositionTable.InsertColumns.Count);
    }

    /// <summary>Another session holds the positions table until disposed, as a database slower than the devices would.</summary>
    private static async Task<IAsyncDisposable> HoldPositionsAsync(AmparoDbContextFactory factory)
    {
        // On SQLite the transaction begins IMMEDIATE: it holds the database's write lock from the start.
        var db = factory.CreateDbContext();
        await db.Database.BeginTransactionAsync();
        if (factory.Options.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync($"LOCK TABLE \"{PositionTable.Name}\" IN EXCLUSIVE MODE");
        }

        return db;
    }

    private static IPositionBatchInserter Inserter(AmparoDbContextFactory factory) =>
        factory.Options.Provider == DatabaseProvider.Postgres
            ? new PostgresPositionBatchInserter(NpgsqlDataSource.Create(factory.Options.ConnectionString))
            : new SqlitePositionBatchInserter(factory.Options.ConnectionString);

    private static async Task<Guid> AddDeviceAsync(AmparoDbContextFactory factory)
    {
        await using var db = factory.CreateDbContext();
        var device = new Device { Id = Guid.NewGuid(), UniqueId = "353861053849681", Protocol = DeviceProtocol.Gt06, Kind = DeviceKind.AggressorTracker, CreatedAt = DateTime.UtcNow };
        db.Devices.Add(device);
        await db.SaveChangesAsync();
        return device.Id;
    }

    private static Position Fix(Guid deviceId, DateTime at, double lat) => new()
    {
        DeviceId = deviceId, FixTime = at, ServerTime = DateTime.UtcNow, Valid = true, Latitude = lat, Longitude = -71.5,
        AccuracyMetres = 5, BatteryPercent = 80, Attributes = "{\"power\":12.5}",
    };

    private static Position Copy(Position p) => new()
    {
        DeviceId = p.DeviceId, FixTime = p.FixTime, ServerTime = DateTime.UtcNow, Valid = p.Valid, Latitude = p.Latitude, Longitude = p.Longitude,
        AccuracyMetres = p.AccuracyMetres, BatteryPercent = p.BatteryPercent, Attributes = p.Attributes,
    };
}
