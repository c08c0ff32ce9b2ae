using Microsoft.Extensions.Options;
using Npgsql;

namespace Amparo.Data.Database;

/// <summary>
/// Makes a periodic pass (expiry warnings, reminders of re-assessment, escalation, sealing, scheduled reports) run on
/// one server of a cluster at a time: on PostgreSQL a transaction-scoped advisory lock named after the pass, held on
/// its own connection while the pass runs; the next server to enter waits, then finds the work done. One server
/// alone on SQLite has nobody to wait for: its passes keep their own in-process guards.
/// </summary>
public sealed class ClusterPassLock(IOptions<DatabaseOptions> options)
{
    /// <summary>The first key of the advisory locks' two-key space taken by passes ("Ampa").</summary>
    private const int Space = 0x416D7061;

    /// <summary>Waits until no other server runs the pass named <paramref name="pass"/>; dispose to let the next one in.</summary>
    public async Task<IAsyncDisposable> EnterAsync(string pass, CancellationToken cancellationToken)
    {
        if (options.Value.Provider != DatabaseProvider.Postgres)
        {
            return Unlocked.Instance;
        }

        var connection = new NpgsqlConnection(options.Value.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@space, hashtext(@pass))", connection, transaction);
            command.Parameters.AddWithValue("space", Space);
            command.Parameters.AddWithValue("pass", pass);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // Ending the transaction releases the lock; a broken connection released it already.
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private sealed class Unlocked : IAsyncDisposable
    {
        public static readonly Unlocked Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
