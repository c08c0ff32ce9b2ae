using Amparo.Data.Database;
using Amparo.Testing;
using Microsoft.Extensions.Options;

namespace Amparo.Data.Tests;

/// <summary>A migrated, empty database of the given provider.</summary>
public static class MigratedDatabase
{
    public static async Task<AmparoDbContextFactory> CreateAsync(DatabaseProvider provider)
    {
        var options = await TestDatabases.CreateAsync(provider);
        var factory = new AmparoDbContextFactory(Options.Create(options));
        await new DatabaseMigrator(factory).MigrateAsync(CancellationToken.None);
        return factory;
    }
}
