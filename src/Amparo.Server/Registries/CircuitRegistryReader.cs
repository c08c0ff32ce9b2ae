using Amparo.Data.Database;
using Amparo.Domain.Registries;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Registries;

/// <summary>The cases of the user's jurisdictions registered in the circuits (one circuit, or all), with their unmet duties.</summary>
public sealed class CircuitRegistryReader(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<IReadOnlyList<CircuitRow>> ReadAsync(UserScope scope, Circuit? circuit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var entries = db.CaseCircuits.AsNoTracking().Where(e => circuit == null || e.Circuit == circuit);
        var rows = await (from e in entries
                          join x in RegistryCases.Visible(db, scope) on e.CaseId equals x.Case.Id
                          select new { Entry = e, x.Case.FileNumber, x.Case.Court, x.Jurisdiction })
            .ToListAsync(cancellationToken);
        var facts = await CircuitFactsReader.ReadAsync(db, rows.Select(r => r.Entry.CaseId).Distinct().ToList(), cancellationToken);
        return rows.OrderBy(r => r.FileNumber, StringComparer.Ordinal).ThenBy(r => r.Entry.Circuit)
            .Select(r => new CircuitRow(r.FileNumber, r.Court, r.Jurisdiction, r.Entry.Circuit, r.Entry.RegisteredAt, r.Entry.RegisteredBy, r.Entry.Note,
                CircuitDuties.Unmet(r.Entry.Circuit, facts[r.Entry.CaseId])))
            .ToList();
    }
}
