using Amparo.Data.Citizens;
using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Citizens;

/// <summary>The SMS kept without a gateway (never sent), newest first, for the administrator's console.</summary>
public sealed class SmsOutbox(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<IReadOnlyList<SmsOutboxMessage>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SmsOutbox.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(Math.Clamp(count, 1, 200)).ToListAsync(cancellationToken);
    }
}
