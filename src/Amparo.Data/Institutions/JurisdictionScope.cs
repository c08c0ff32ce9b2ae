using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Institutions;

/// <summary>The jurisdictions a user may see: her own and every one below it. Null means all (national).</summary>
public sealed class JurisdictionScope(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<IReadOnlySet<Guid>?> VisibleFromAsync(Guid? jurisdictionId, CancellationToken cancellationToken)
    {
        if (jurisdictionId is null)
        {
            return null;
        }

        await using var db = contexts.CreateDbContext();
        var all = await db.Jurisdictions.AsNoTracking().Select(j => new { j.Id, j.ParentId }).ToListAsync(cancellationToken);
        var children = all.Where(j => j.ParentId is not null).ToLookup(j => j.ParentId!.Value, j => j.Id);
        var visible = new HashSet<Guid> { jurisdictionId.Value };
        var frontier = new Queue<Guid>(visible);
        while (frontier.TryDequeue(out var next))
        {
            foreach (var child in children[next].Where(visible.Add))
            {
                frontier.Enqueue(child);
            }
        }

        return visible;
    }
}
