using Amparo.Data.Database;
using Amparo.Domain.People;
using Amparo.Domain.Registries;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Registries;

/// <summary>What is registered of each case, for the circuits' duties: counts only, never the victim's data itself.</summary>
internal static class CircuitFactsReader
{
    public static async Task<Dictionary<Guid, CircuitFacts>> ReadAsync(AmparoDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        var ids = caseIds.ToList();
        var documented = await db.People.AsNoTracking()
            .Where(p => ids.Contains(p.CaseId) && p.Role == PartyRole.Victim && p.DocumentNumber != null && p.DocumentNumber != "")
            .Select(p => p.CaseId).ToListAsync(cancellationToken);
        var dependants = await db.Dependants.AsNoTracking().Where(d => ids.Contains(d.CaseId))
            .Select(d => new { d.CaseId, Unnamed = d.HasSupportNetwork && (d.SupportNetwork == null || d.SupportNetwork == "") })
            .ToListAsync(cancellationToken);
        var declaredNone = await db.CaseCircuits.AsNoTracking().Where(c => ids.Contains(c.CaseId) && c.NoDependants).Select(c => c.CaseId).ToListAsync(cancellationToken);
        var risks = await Counts(db.RiskAssessments.AsNoTracking().Where(r => ids.Contains(r.CaseId)).Select(r => r.CaseId), cancellationToken);
        var measures = await Counts(db.ProtectionMeasures.AsNoTracking().Where(m => ids.Contains(m.CaseId)).Select(m => m.CaseId), cancellationToken);
        var byCase = dependants.ToLookup(d => d.CaseId);
        return ids.Distinct().ToDictionary(id => id, id => new CircuitFacts(
            documented.Contains(id),
            byCase[id].Count(),
            declaredNone.Contains(id),
            byCase[id].Count(d => d.Unnamed),
            risks.GetValueOrDefault(id),
            measures.GetValueOrDefault(id)));
    }

    private static Task<Dictionary<Guid, int>> Counts(IQueryable<Guid> caseIds, CancellationToken cancellationToken) =>
        caseIds.GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
