using System.Globalization;
using Amparo.Data.Database;
using Npgsql;

namespace Amparo.Testing;

/// <summary>
/// Fresh databases for tests: a SQLite file in a temporary folder, or a new database on the PostgreSQL server the
/// test command started (AMPARO_TEST_POSTGRES). A missing server fails the test loudly; it never falls back.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "AMPARO_TEST_POSTGRES";

    public static IEnumerable<object[]> Providers => [[DatabaseProvider.Sqlite], [DatabaseProvider.Postgres]];

    public static async Task<DatabaseOptions> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("amparo-sqlite-").FullName;
            return new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={Path.Combine(folder, "amparo.db")}" };
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set: run the suite with ./scripts/test.sh, which starts a PostgreSQL server for it.");
        }

        var name = "amparo_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new DatabaseOptions { Provider = provider, ConnectionString = builder.ConnectionString };
    }
}
