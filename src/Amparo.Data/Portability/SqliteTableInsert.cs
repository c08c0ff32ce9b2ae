using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Amparo.Data.Portability;

/// <summary>
/// A table's rows through one prepared <c>INSERT</c> on the context's connection (foreign keys on, as EF opens it),
/// committed every <see cref="RowsPerCommit"/> rows. Parameters are made by the model's type mappings, so every
/// value is stored as EF stores it (GUIDs as upper-case text, instants as text, enums by name, lists as JSON…).
/// </summary>
internal sealed class SqliteTableInsert : ITableLoader
{
    private const int RowsPerCommit = 50_000;

    private readonly SqliteCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly ValueConverter?[] _converters;
    private SqliteTransaction _transaction;
    private long _rows;

    private SqliteTableInsert(SqliteConnection connection, string sql, IReadOnlyList<IProperty> columns)
    {
        _transaction = connection.BeginTransaction();
        _command = connection.CreateCommand();
        _command.Transaction = _transaction;
        _command.CommandText = sql;
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToArray();
        _parameters = mappings.Select((m, i) => m.CreateParameter(_command, "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, columns[i].IsNullable)).ToArray();
        _command.Parameters.AddRange(_parameters);
        _converters = mappings.Select(m => m.Converter).ToArray();
        _command.Prepare();
    }

    public static SqliteTableInsert Begin(SqliteConnection connection, ExportTable table, IReadOnlyList<IProperty> columns)
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.GetColumnName()}\""));
        var parameters = string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // Identifiers come from the model, not from the export: nothing here is user input.
        return new SqliteTableInsert(connection, $"INSERT INTO \"{table.Name}\" ({names}) VALUES ({parameters})", columns);
    }

    public async ValueTask AddAsync(object?[] values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i] is { } v && _converters[i] is { } converter ? converter.ConvertToProvider(v) : values[i];
            _parameters[i].Value = value ?? DBNull.Value;
        }

        await _command.ExecuteNonQueryAsync(cancellationToken);
        if (++_rows % RowsPerCommit == 0)
        {
            await _transaction.CommitAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = (SqliteTransaction)await _command.Connection!.BeginTransactionAsync(cancellationToken);
            _command.Transaction = _transaction;
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken) => await _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _command.DisposeAsync();
        await _transaction.DisposeAsync();
    }
}
