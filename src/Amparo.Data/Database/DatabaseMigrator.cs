using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Database;

/// <summary>Brings the database up to the current model at start.</summary>
public sealed class DatabaseMigrator(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the console read while positions are written; it persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
