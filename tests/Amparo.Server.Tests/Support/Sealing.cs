using Amparo.Data.Database;
using Amparo.Data.Integrity;

namespace Amparo.Server.Tests.Support;

/// <summary>Seals the ledger now, for tests that check a record's seal at once.</summary>
public static class Sealing
{
    /// <summary>
    /// Seals until nothing <paramref name="unsealed"/> remains: a pass of the test's that loses the race to the
    /// server's own sealer seals nothing, so it seals again (at most 50 passes).
    /// </summary>
    public static async Task UntilSealedAsync(TestServer server, Func<AmparoDbContext, Task<bool>> unsealed)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(unsealed);
        var sealer = server.App.Services.GetRequiredService<LedgerSealer>();
        await using var db = server.Db();
        for (var pass = 0; pass < 50 && await unsealed(db); pass++)
        {
            await sealer.SealAsync(TimeSpan.Zero, default);
        }
    }
}
