using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Amparo.Data.Portability;

/// <summary>
/// A table's rows through one binary <c>COPY … FROM STDIN</c>: each value written as its column's PostgreSQL type
/// (the store type the model maps it to: uuid, timestamptz, varchar(n), text[], numeric…), so a value that does not
/// fit its column fails the import instead of being reinterpreted. Identity columns take the exported keys; the
/// sequences are moved past them afterwards (<see cref="IdentitySequences"/>). One COPY is one transaction.
/// </summary>
internal sealed class PostgresTableCopy : ITableLoader
{
    private static readonly MethodInfo TypedWrite = typeof(PostgresTableCopy).GetMethod(nameof(WriteAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly NpgsqlBinaryImporter _copy;
    private readonly ValueConverter?[] _converters;
    private readonly string[] _storeTypes;
    private readonly Func<NpgsqlBinaryImporter, object, string, CancellationToken, Task>[] _writers;

    private PostgresTableCopy(NpgsqlBinaryImporter copy, IReadOnlyList<IProperty> columns)
    {
        _copy = copy;
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToArray();
        _converters = mappings.Select(m => m.Converter).ToArray();
        _storeTypes = mappings.Select(m => m.StoreType).ToArray();
        // Written as the provider's CLR type rather than as object: Npgsql then resolves each column's writer once.
        _writers = mappings.Select(m => m.Converter?.ProviderClrType ?? m.ClrType)
            .Select(t => TypedWrite.MakeGenericMethod(Nullable.GetUnderlyingType(t) ?? t)
                .CreateDelegate<Func<NpgsqlBinaryImporter, object, string, CancellationToken, Task>>())
            .ToArray();
    }

    public static async Task<PostgresTableCopy> BeginAsync(NpgsqlConnection connection, ExportTable table, IReadOnlyList<IProperty> columns, CancellationToken cancellationToken)
    {
        var schema = table.EntityType.GetSchema() is { } s ? $"\"{s}\"." : "";
        var names = string.Join(", ", columns.Select(c => $"\"{c.GetColumnName()}\""));
        // Identifiers come from the model, not from the export: nothing here is user input.
        var copy = await connection.BeginBinaryImportAsync($"COPY {schema}\"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        return new PostgresTableCopy(copy, columns);
    }

    public async ValueTask AddAsync(object?[] values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        await _copy.StartRowAsync(cancellationToken);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } value)
            {
                await _copy.WriteNullAsync(cancellationToken);
                continue;
            }

            var stored = _converters[i] is { } converter ? converter.ConvertToProvider(value) : value;
            if (stored is null)
            {
                await _copy.WriteNullAsync(cancellationToken);
            }
            else
            {
                await _writers[i](_copy, stored, _storeTypes[i], cancellationToken);
            }
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken) => await _copy.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => _copy.DisposeAsync();

    private static Task WriteAsync<T>(NpgsqlBinaryImporter copy, object value, string storeType, CancellationToken cancellationToken) =>
        copy.WriteAsync((T)value, storeType, cancellationToken);
}
