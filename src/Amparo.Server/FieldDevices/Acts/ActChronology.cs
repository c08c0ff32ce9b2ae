using System.Globalization;
using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>
/// An act may be written after the fact, but not dated before a device's last movement (its entry into stock, its
/// return from repair, its removal from another party): a device's history stays in the order things happened.
/// </summary>
internal static class ActChronology
{
    public static async Task<Dictionary<Guid, DateTime?>> LastMovedAsync(AmparoDbContext db, List<Guid> deviceIds, CancellationToken cancellationToken) =>
        await db.DeviceMovements.AsNoTracking().Where(m => deviceIds.Contains(m.DeviceId))
            .GroupBy(m => m.DeviceId).Select(g => new { g.Key, Last = (DateTime?)g.Max(m => m.At) })
            .ToDictionaryAsync(g => g.Key, g => g.Last, cancellationToken);

    public static string? Problem(string serial, DateTime? lastMoved, DateTime actAt) =>
        lastMoved is { } last && last > actAt
            ? $"La fecha del acta es anterior al último movimiento del dispositivo {serial} ({last.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC)."
            : null;
}
