using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Data.Database;

/// <summary>Creates the provider's context for short units of work (engine, writers, background jobs).</summary>
public sealed class AmparoDbContextFactory : IDbContextFactory<AmparoDbContext>
{
    private readonly Func<AmparoDbContext> _create;

    public AmparoDbContextFactory(IOptions<DatabaseOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        _create = Create(Options);
    }

    public DatabaseOptions Options { get; }

    public AmparoDbContext CreateDbContext() => _create();

    public static Func<AmparoDbContext> Create(DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                SqliteFiles.EnsureDirectory(database.ConnectionString);
                var sqlite = new DbContextOptionsBuilder<SqliteAmparoDbContext>()
                    .UseSqlite(database.ConnectionString).Options;
                return () => new SqliteAmparoDbContext(sqlite);
            case DatabaseProvider.Postgres:
                var postgres = new DbContextOptionsBuilder<PostgresAmparoDbContext>()
                    .UseNpgsql(database.ConnectionString).Options;
                return () => new PostgresAmparoDbContext(postgres);
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }
    }
}
