using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Portability;

/// <summary>
/// After rows came in with their own keys, PostgreSQL's identity sequences still start at 1: each is moved past the
/// largest key imported. SQLite takes the next integer key from the table itself and needs nothing.
/// </summary>
internal static class IdentitySequences
{
    public static async Task AdvanceAsync(AmparoDbContext db, IEnumerable<ExportTable> tables, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        foreach (var table in tables)
        {
            if (table.EntityType.FindPrimaryKey()!.Properties is not [var key]
                || key.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never
                || (key.ClrType != typeof(long) && key.ClrType != typeof(int)))
            {
                continue;
            }

            var column = key.GetColumnName();
            // Identifiers come from the model, not from the export: nothing here is user input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', '{column}'), GREATEST((SELECT MAX(\"{column}\") FROM \"{table.Name}\"), 1))",
                cancellationToken);
#pragma warning restore EF1002
        }
    }
}
