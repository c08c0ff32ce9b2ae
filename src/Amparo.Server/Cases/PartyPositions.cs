using Amparo.Data.Database;
using Amparo.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Cases;

/// <summary>
/// The fixes of one party of a case in a time window, oldest first, from every device the party wore in the case
/// (one swapped out since included), at most <see cref="Limit"/>. The caller checks the user may see them.
/// </summary>
internal static class PartyPositions
{
    public const int Limit = 20_000;

    public static async Task<List<TrackPoint>> ReadAsync(
        AmparoDbContext db, Guid caseId, PartyRole role, DateTime from, DateTime to, bool validOnly, CancellationToken cancellationToken)
    {
        var deviceIds = await db.DeviceAssignments.AsNoTracking()
            .Where(a => a.CaseId == caseId && a.Role == role)
            .Select(a => a.DeviceId).ToListAsync(cancellationToken);
        return await db.Positions.AsNoTracking()
            .Where(p => deviceIds.Contains(p.DeviceId) && (!validOnly || p.Valid) && p.FixTime >= from && p.FixTime <= to)
            .OrderBy(p => p.FixTime)
            .Take(Limit)
            .Select(p => TrackPoint.From(p))
            .ToListAsync(cancellationToken);
    }
}
