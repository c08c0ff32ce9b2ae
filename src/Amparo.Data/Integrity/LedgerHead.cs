using Amparo.Data.Database;
using Amparo.Domain.Integrity;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Integrity;

/// <summary>Where the ledger stands: its last link (index 0 and the genesis hash when it is empty), or the link at an index.</summary>
public static class LedgerHead
{
    public static async Task<(long Index, string Hash)> ReadAsync(AmparoDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var head = await db.LedgerEntries.AsNoTracking().OrderByDescending(e => e.Index).Select(e => new { e.Index, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        return head is null ? (0, Hashes.Genesis) : (head.Index, head.Hash);
    }

    /// <summary>The hash of the link at <paramref name="index"/> (the genesis hash for 0); null when there is no such link.</summary>
    public static async Task<string?> HashAtAsync(AmparoDbContext db, long index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return index == 0
            ? Hashes.Genesis
            : await db.LedgerEntries.AsNoTracking().Where(e => e.Index == index).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken);
    }
}
