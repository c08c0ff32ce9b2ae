using Amparo.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Testing;

/// <summary>What someone with the database owner's rights can do: turn the append-only triggers off, edit, turn them on.</summary>
public static class DatabaseOwner
{
    public static async Task TamperAsync(DbContext db, Func<Task> edit)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(edit);
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        await db.Database.ExecuteSqlRawAsync(postgres ? AppendOnlyTriggers.PostgresDrop : AppendOnlyTriggers.SqliteDrop);
        try
        {
            await edit();
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(postgres ? AppendOnlyTriggers.PostgresCreate : AppendOnlyTriggers.SqliteCreate);
        }
    }
}
