using Amparo.Data.Database;
using Microsoft.Data.Sqlite;

namespace Amparo.Data.Positions;

/// <summary>One connection, one prepared statement, one transaction per batch; duplicates are ignored.</summary>
public sealed class SqlitePositionBatchInserter(string connectionString) : IPositionBatchInserter
{
    private static readonly string Sql =
        $"INSERT INTO \"{PositionTable.Name}\" ({PositionTable.QuotedColumns}) " +
        $"VALUES ({string.Join(", ", PositionTable.InsertColumns.Select(c => "$" + c))}) ON CONFLICT DO NOTHING";

    private SqliteConnection? _connection;

    public async Task InsertAsync(IReadOnlyList<Position> batch, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        var parameters = PositionTable.InsertColumns.ToDictionary(c => c, c => command.Parameters.Add(new SqliteParameter("$" + c, null)));
        command.Prepare();
        foreach (var p in batch)
        {
            parameters["DeviceId"].Value = p.DeviceId;
            parameters["FixTime"].Value = p.FixTime;
            parameters["ServerTime"].Value = p.ServerTime;
            parameters["Valid"].Value = p.Valid;
            parameters["Latitude"].Value = p.Latitude;
            parameters["Longitude"].Value = p.Longitude;
            parameters["AccuracyMetres"].Value = (object?)p.AccuracyMetres ?? DBNull.Value;
            parameters["SpeedKnots"].Value = (object?)p.SpeedKnots ?? DBNull.Value;
            parameters["Course"].Value = (object?)p.Course ?? DBNull.Value;
            parameters["Altitude"].Value = (object?)p.Altitude ?? DBNull.Value;
            parameters["BatteryPercent"].Value = (object?)p.BatteryPercent ?? DBNull.Value;
            parameters["Attributes"].Value = (object?)p.Attributes ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is { State: System.Data.ConnectionState.Open })
        {
            return _connection;
        }

        SqliteFiles.EnsureDirectory(connectionString);
        _connection = new SqliteConnection(connectionString);
        await _connection.OpenAsync(cancellationToken);
        await using var pragma = _connection.CreateCommand();
        // FULL: a position we acknowledged survives a power cut, not only a process crash.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return _connection;
    }
}
