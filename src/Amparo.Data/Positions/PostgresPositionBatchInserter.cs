using Npgsql;
using NpgsqlTypes;

namespace Amparo.Data.Positions;

/// <summary>
/// One array-parameter insert per batch: <c>INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING</c>.
/// Unlike binary COPY, a duplicate (a retry) does not abort the whole batch.
/// </summary>
public sealed class PostgresPositionBatchInserter(NpgsqlDataSource dataSource) : IPositionBatchInserter
{
    private static readonly string Sql =
        $"INSERT INTO \"{PositionTable.Name}\" ({PositionTable.QuotedColumns}) " +
        $"SELECT * FROM unnest({string.Join(", ", PositionTable.InsertColumns.Select(c => "@" + c))}) ON CONFLICT DO NOTHING";

    public async Task InsertAsync(IReadOnlyList<Position> batch, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.Add(Array("DeviceId", NpgsqlDbType.Uuid, batch.Select(p => p.DeviceId)));
        command.Parameters.Add(Array("FixTime", NpgsqlDbType.TimestampTz, batch.Select(p => p.FixTime)));
        command.Parameters.Add(Array("ServerTime", NpgsqlDbType.TimestampTz, batch.Select(p => p.ServerTime)));
        command.Parameters.Add(Array("Valid", NpgsqlDbType.Boolean, batch.Select(p => p.Valid)));
        command.Parameters.Add(Array("Latitude", NpgsqlDbType.Double, batch.Select(p => p.Latitude)));
        command.Parameters.Add(Array("Longitude", NpgsqlDbType.Double, batch.Select(p => p.Longitude)));
        command.Parameters.Add(Array("AccuracyMetres", NpgsqlDbType.Double, batch.Select(p => p.AccuracyMetres)));
        command.Parameters.Add(Array("SpeedKnots", NpgsqlDbType.Double, batch.Select(p => p.SpeedKnots)));
        command.Parameters.Add(Array("Course", NpgsqlDbType.Double, batch.Select(p => p.Course)));
        command.Parameters.Add(Array("Altitude", NpgsqlDbType.Double, batch.Select(p => p.Altitude)));
        command.Parameters.Add(Array("BatteryPercent", NpgsqlDbType.Double, batch.Select(p => p.BatteryPercent)));
        command.Parameters.Add(Array("Attributes", NpgsqlDbType.Text, batch.Select(p => p.Attributes)));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
