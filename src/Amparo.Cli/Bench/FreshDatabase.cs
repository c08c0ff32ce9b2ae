using System.Globalization;
using Npgsql;

namespace Amparo.Cli.Bench;

/// <summary>
/// A database of its own for one bench run on a given PostgreSQL server, dropped afterwards: a run that reused a
/// database would wake the earlier runs' cases too (every active case is woken on start), whose silent trackers
/// then raise signal losses and share the machine with the run being measured.
/// </summary>
public sealed class FreshDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private FreshDatabase(string server, string name, string connectionString)
    {
        _server = server;
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<FreshDatabase> CreateAsync(string serverConnectionString)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"amparo_bench_{Guid.NewGuid():N}");
        await using (var connection = new NpgsqlConnection(serverConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        return new FreshDatabase(serverConnectionString, name, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
