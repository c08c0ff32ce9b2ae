using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Dispatch;

/// <summary>Reads police requests with their status history, oldest change first.</summary>
public sealed class DispatchQueries(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<DispatchRequest?> FindAsync(Guid requestId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await WithHistory(db).FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
    }

    public async Task<DispatchRequest?> FindByIdentifierAsync(string identifier, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await WithHistory(db).FirstOrDefaultAsync(r => r.Identifier == identifier, cancellationToken);
    }

    public async Task<IReadOnlyList<DispatchRequest>> ForAlarmAsync(Guid alarmId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var requests = await WithHistory(db).Where(r => r.AlarmId == alarmId).ToListAsync(cancellationToken);
        return requests.OrderBy(r => r.CreatedAt).ToList();
    }

    private static IQueryable<DispatchRequest> WithHistory(AmparoDbContext db) =>
        db.DispatchRequests.AsNoTracking().Include(r => r.Changes.OrderBy(c => c.Id));
}
