using Amparo.Data.Database;
using Amparo.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Cases;

/// <summary>
/// The fixes of one party of a case in a time window, oldest first, from every device the party wore in the case
/// (one swapped out since included) while she or he wore it, at most <see cref="Limit"/>; with receivedBy,
/// only those the server had by then (what a document issued at that moment was drawn from). The caller checks the user may see them.
/// </summary>
internal static class PartyPositions
{
    public const int Limit = 20_000;

    public static async Task<List<TrackPoint>> ReadAsync(
        AmparoDbContext db, Guid caseId, PartyRole role, DateTime from, DateTime to, bool validOnly, DateTime? receivedBy, CancellationToken cancellationToken)
    {
        var (since, until) = (from, to);
        // Each device's fixes only while the party wore it: a device from the stock was tested before, and will be
        // worn in another case after, and none of that is this case's.
        return await (
            from a in db.DeviceAssignments.AsNoTracking()
            join p in db.Positions.AsNoTracking() on a.DeviceId equals p.DeviceId
            where a.CaseId == caseId && a.Role == role
                && p.FixTime >= a.AssignedAt && (a.RemovedAt == null || p.FixTime < a.RemovedAt)
                && (!validOnly || p.Valid) && p.FixTime >= since && p.FixTime <= until
                && (receivedBy == null || p.ServerTime <= receivedBy)
            orderby p.FixTime
            select p)
            .Take(Limit)
            .Select(p => TrackPoint.From(p))
            .ToListAsync(cancellationToken);
    }
}
