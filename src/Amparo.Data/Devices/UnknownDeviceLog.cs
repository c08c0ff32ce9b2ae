using Amparo.Data.Database;
using Amparo.Domain.Devices;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Devices;

/// <summary>Records attempts of unregistered devices: first and last seen, from where, how often.</summary>
public sealed class UnknownDeviceLog(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task RecordAsync(string uniqueId, DeviceProtocol protocol, string? address, CancellationToken cancellationToken)
    {
        var id = uniqueId.Length > 64 ? uniqueId[..64] : uniqueId;
        var now = time.GetUtcNow().UtcDateTime;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await using var db = contexts.CreateDbContext();
            var known = await db.UnknownDevices.FirstOrDefaultAsync(d => d.UniqueId == id && d.Protocol == protocol, cancellationToken);
            if (known is null)
            {
                db.UnknownDevices.Add(new UnknownDevice { UniqueId = id, Protocol = protocol, LastAddress = address, FirstSeen = now, LastSeen = now, Attempts = 1 });
            }
            else
            {
                known.LastSeen = now;
                known.LastAddress = address;
                known.Attempts++;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Two connections of the same device raced to insert it: the second one updates.
            }
        }
    }

    public async Task<IReadOnlyList<UnknownDevice>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.UnknownDevices.AsNoTracking().OrderByDescending(d => d.LastSeen).ToListAsync(cancellationToken);
    }
}
