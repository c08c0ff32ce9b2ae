using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Amparo.Data.Database;

/// <summary>
/// Makes a periodic pass (expiry warnings, reminders of re-assessment, escalation, sealing, scheduled reports) run
/// once at a time: in this process (the timer and a desk may ask for the same pass at once), and on PostgreSQL across
/// the servers of a cluster, by a transaction-scoped advisory lock named after the pass, held on its own connection
/// while the pass runs. The next to enter waits, then finds the work done.
/// </summary>
public sealed class ClusterPassLock(IOptions<DatabaseOptions> options)
{
    /// <summary>The first key of the advisory locks' two-key space taken by passes ("Ampa").</summary>
    private const int Space = 0x416D7061;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _local = new(StringComparer.Ordinal);

    /// <summary>Waits until nobody else runs the pass named <paramref name="pass"/>; dispose to let the next one in.</summary>
    public async Task<IAsyncDisposable> EnterAsync(string pass, CancellationToken cancellationToken)
    {
        var local = _local.GetOrAdd(pass, _ => new SemaphoreSlim(1, 1));
        await local.WaitAsync(cancellationToken);
        try
        {
            var shared = options.Value.Provider == DatabaseProvider.Postgres ? await LockAsync(pass, cancellationToken) : null;
            return new Turn(local, shared);
        }
        catch
        {
            local.Release();
            throw;
        }
    }

    private async Task<NpgsqlTransaction> LockAsync(string pass, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(options.Value.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@space, hashtext(@pass))", connection, transaction);
            command.Parameters.AddWithValue("space", Space);
            command.Parameters.AddWithValue("pass", pass);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return transaction;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Turn(SemaphoreSlim local, NpgsqlTransaction? shared) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (shared is { Connection: var connection })
            {
                // Ending the transaction releases the advisory lock; a broken connection released it already.
                await shared.DisposeAsync();
                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }
            }

            local.Release();
        }
    }
}
