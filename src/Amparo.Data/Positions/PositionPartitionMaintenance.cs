using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Amparo.Data.Positions;

/// <summary>
/// One pass over the monthly partitions of "Positions" on PostgreSQL, in one transaction under an advisory lock
/// (two servers running it at once take turns; the second finds the work done): creates the partitions of the
/// current month and the months ahead; a month whose fixes already sit in the DEFAULT partition gets them moved
/// into its own (default detached, month created, rows moved, default attached again, as PostgreSQL requires);
/// with a retention, detaches and drops the monthly partitions whose every fix is older than it.
/// </summary>
public sealed partial class PositionPartitionMaintenance(NpgsqlDataSource dataSource)
{
    /// <summary>The advisory lock key ("AmparoPP") serialising passes across servers.</summary>
    public const long LockKey = 0x416D7061726F5050;

    private static readonly string Table = $"\"{PositionTable.Name}\"";
    private static readonly string Default = $"\"{PositionTable.DefaultPartition}\"";
    private static readonly string Columns = "\"Id\", " + PositionTable.QuotedColumns;

    public async Task<PositionPartitionPass> RunAsync(DateTime now, int monthsAhead, int retentionMonths, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        if (!await IsPartitionedAsync(connection, cancellationToken))
        {
            return new PositionPartitionPass(false, [], new Dictionary<string, long>(), new Dictionary<string, long>());
        }

        var existing = await PartitionsAsync(connection, cancellationToken);
        var hasDefault = existing.Contains(PositionTable.DefaultPartition);
        var created = new List<string>();
        var moved = new Dictionary<string, long>();
        var current = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var month = current; month <= current.AddMonths(monthsAhead); month = month.AddMonths(1))
        {
            var name = PositionTable.MonthPartition(month);
            if (existing.Contains(name))
            {
                continue;
            }

            var rows = hasDefault && await DefaultHoldsAsync(connection, month, cancellationToken)
                ? await CreateMovingAsync(connection, name, month, cancellationToken)
                : await CreateAsync(connection, name, month, cancellationToken);
            created.Add(name);
            if (rows > 0)
            {
                moved[name] = rows;
            }
        }

        var dropped = new Dictionary<string, long>();
        if (retentionMonths > 0)
        {
            var cutoff = now.AddMonths(-retentionMonths);
            foreach (var name in existing)
            {
                if (Month(name) is { } month && month.AddMonths(1) <= cutoff)
                {
                    dropped[name] = await DropAsync(connection, name, cancellationToken);
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new PositionPartitionPass(true, created, moved, dropped);
    }

    /// <summary>The first instant of the month a partition of ours holds, or null for any other table.</summary>
    public static DateTime? Month(string partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        var match = MonthName().Match(partition);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 ? new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc) : null;
    }

    private static async Task<bool> IsPartitionedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = to_regclass(@table))", connection);
        command.Parameters.AddWithValue("table", Table);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<HashSet<string>> PartitionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = to_regclass(@table)", connection);
        command.Parameters.AddWithValue("table", Table);
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<bool> DefaultHoldsAsync(NpgsqlConnection connection, DateTime month, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT EXISTS (SELECT 1 FROM {Default} WHERE \"FixTime\" >= @from AND \"FixTime\" < @to)", connection);
        command.Parameters.AddWithValue("from", month);
        command.Parameters.AddWithValue("to", month.AddMonths(1));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<long> CreateAsync(NpgsqlConnection connection, string name, DateTime month, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, CreateSql(name, month), cancellationToken);
        return 0;
    }

    /// <summary>
    /// A new partition cannot be created while DEFAULT holds rows of its range: DEFAULT is detached, the month
    /// created, its rows moved from DEFAULT into it, and DEFAULT attached again, all inside the pass's transaction.
    /// </summary>
    private static async Task<long> CreateMovingAsync(NpgsqlConnection connection, string name, DateTime month, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, $"ALTER TABLE {Table} DETACH PARTITION {Default}", cancellationToken);
        await ExecuteAsync(connection, CreateSql(name, month), cancellationToken);
        await using var move = new NpgsqlCommand(
            $"WITH moved AS (DELETE FROM {Default} WHERE \"FixTime\" >= @from AND \"FixTime\" < @to RETURNING {Columns}) " +
            $"INSERT INTO \"{name}\" ({Columns}) SELECT {Columns} FROM moved", connection);
        move.Parameters.AddWithValue("from", month);
        move.Parameters.AddWithValue("to", month.AddMonths(1));
        var rows = await move.ExecuteNonQueryAsync(cancellationToken);
        await ExecuteAsync(connection, $"ALTER TABLE {Table} ATTACH PARTITION {Default} DEFAULT", cancellationToken);
        return rows;
    }

    private static async Task<long> DropAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var estimate = new NpgsqlCommand("SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = to_regclass(@name)", connection);
        estimate.Parameters.AddWithValue("name", $"\"{name}\"");
        var rows = (long)(await estimate.ExecuteScalarAsync(cancellationToken))!;
        await ExecuteAsync(connection, $"ALTER TABLE {Table} DETACH PARTITION \"{name}\"", cancellationToken);
        await ExecuteAsync(connection, $"DROP TABLE \"{name}\"", cancellationToken);
        return rows;
    }

    /// <summary>Bounds written as UTC literals: DDL takes no parameters, and these come from dates, never from input.</summary>
    private static string CreateSql(string name, DateTime month) => string.Create(CultureInfo.InvariantCulture,
        $"CREATE TABLE \"{name}\" PARTITION OF {Table} FOR VALUES FROM ('{month:yyyy-MM-dd} 00:00:00+00') TO ('{month.AddMonths(1):yyyy-MM-dd} 00:00:00+00')");

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex(@"^Positions_(\d{4})_(\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex MonthName();
}
