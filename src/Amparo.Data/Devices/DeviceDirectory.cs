using System.Collections.Concurrent;
using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Devices;

/// <summary>
/// Resolves the identifier a device sends to its registration and current assignment. Known devices are
/// cached (the position path is hot); unknown ones are looked up again each time, so a device registered by a
/// technician is accepted at its next message.
/// </summary>
public sealed class DeviceDirectory(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (DeviceBinding Binding, DateTimeOffset LoadedAt)> _cache = new(StringComparer.Ordinal);

    public async ValueTask<DeviceBinding?> FindAsync(string uniqueId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(uniqueId, out var cached) && time.GetUtcNow() - cached.LoadedAt < Freshness)
        {
            return cached.Binding;
        }

        await using var db = contexts.CreateDbContext();
        var binding = await (
            from d in db.Devices.AsNoTracking()
            where d.UniqueId == uniqueId
            let assignment = db.DeviceAssignments.FirstOrDefault(a => a.DeviceId == d.Id && a.RemovedAt == null)
            select new DeviceBinding(d.Id, d.UniqueId, d.Protocol, d.Kind,
                assignment == null ? null : assignment.CaseId,
                assignment == null ? null : assignment.Role) { SecretHash = d.SecretHash })
            .FirstOrDefaultAsync(cancellationToken);
        if (binding is null)
        {
            _cache.TryRemove(uniqueId, out _);
            return null;
        }

        // Keyed by the binding's own copy of the identifier: one string per device held, not two.
        _cache[binding.UniqueId] = (binding, time.GetUtcNow());
        return binding;
    }

    /// <summary>Forgets cached bindings after devices are registered, assigned or removed.</summary>
    public void Invalidate() => _cache.Clear();

    /// <summary>Forgets one device's cached binding (its secret changed): the others stay cached.</summary>
    public void Forget(string uniqueId) => _cache.TryRemove(uniqueId, out _);
}
