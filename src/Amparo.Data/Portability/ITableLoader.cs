using Amparo.Data.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Amparo.Data.Portability;

/// <summary>
/// Where an import puts one table's rows, in the file's order, without EF's change tracking: binary COPY on
/// PostgreSQL, a prepared insert in large transactions on SQLite. Values come as the model's own (a property's
/// value); each is turned into the provider's stored form by the model's type mapping, as EF would write it.
/// </summary>
internal interface ITableLoader : IAsyncDisposable
{
    /// <summary>One row: the columns' values in the order the loader was begun with.</summary>
    ValueTask AddAsync(object?[] values, CancellationToken cancellationToken);

    /// <summary>Commits what is still pending; a loader disposed without it leaves its last rows out.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);

    static async Task<ITableLoader> BeginAsync(AmparoDbContext db, ExportTable table, IReadOnlyList<IProperty> columns, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return db.Database.GetDbConnection() switch
        {
            NpgsqlConnection npgsql => await PostgresTableCopy.BeginAsync(npgsql, table, columns, cancellationToken),
            SqliteConnection sqlite => SqliteTableInsert.Begin(sqlite, table, columns),
            var other => throw new NotSupportedException($"No bulk import for {other.GetType().Name}."),
        };
    }
}
