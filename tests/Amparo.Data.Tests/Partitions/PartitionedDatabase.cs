using Amparo.Data.Database;
using Amparo.Data.Positions;
using Npgsql;

namespace Amparo.Data.Tests.Partitions;

/// <summary>A migrated PostgreSQL database with the helpers the partition tests share.</summary>
internal sealed class PartitionedDatabase : IAsyncDisposable
{
    private PartitionedDatabase(AmparoDbContextFactory factory)
    {
        Factory = factory;
        DataSource = NpgsqlDataSource.Create(factory.Options.ConnectionString);
        Maintenance = new PositionPartitionMaintenance(DataSource);
    }

    public AmparoDbContextFactory Factory { get; }

    public NpgsqlDataSource DataSource { get; }

    public PositionPartitionMaintenance Maintenance { get; }

    public static async Task<PartitionedDatabase> CreateAsync() => new(await MigratedDatabase.CreateAsync(DatabaseProvider.Postgres));

    public static DateTime Utc(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    public static Position Fix(Guid deviceId, DateTime at, double latitude = -16.4) => new()
    {
        DeviceId = deviceId, FixTime = at, ServerTime = at, Valid = true, Latitude = latitude, Longitude = -71.5, BatteryPercent = 80,
    };

    public async Task InsertAsync(params Position[] fixes)
    {
        await using var inserter = new PostgresPositionBatchInserter(DataSource);
        await inserter.InsertAsync(fixes, CancellationToken.None);
    }

    public async Task<List<string>> PartitionsAsync()
    {
        var names = new List<string>();
        await using var command = DataSource.CreateCommand(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '\"Positions\"'::regclass ORDER BY 1");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>Which partition holds each stored fix of the device, by fix time.</summary>
    public async Task<List<(DateTime FixTime, string Partition, long Id)>> WhereAsync(Guid deviceId)
    {
        var rows = new List<(DateTime, string, long)>();
        await using var command = DataSource.CreateCommand(
            "SELECT \"FixTime\", tableoid::regclass::text, \"Id\" FROM \"Positions\" WHERE \"DeviceId\" = @device ORDER BY \"FixTime\"");
        command.Parameters.AddWithValue("device", deviceId);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetFieldValue<DateTime>(0), reader.GetString(1).Trim('"'), reader.GetInt64(2)));
        }

        return rows;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await DataSource.DisposeAsync();
}
