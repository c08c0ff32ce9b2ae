using Amparo.Data.Database;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Intake;

/// <summary>A case's timeline, oldest first, for users who may see the case.</summary>
public sealed class TimelineQueries(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<IReadOnlyList<TimelineEntryView>?> GetAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (!await IntakeCases.VisibleAsync(db, caseId, scope, cancellationToken))
        {
            return null;
        }

        var entries = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return entries.Select(TimelineEntryView.From).ToList();
    }
}
