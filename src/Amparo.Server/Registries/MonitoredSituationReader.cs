using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Domain.People;
using Amparo.Domain.Registries;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Registries;

/// <summary>
/// The registry of monitored situations for a period: every case of the user's jurisdictions open at some moment of
/// it, one row each. The victim's name and document are read only for a user who may read her data.
/// </summary>
public sealed class MonitoredSituationReader(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<IReadOnlyList<MonitoredSituationRow>> ReadAsync(UserScope scope, RegistryPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        await using var db = contexts.CreateDbContext();
        var (start, end) = (period.Start, period.End);
        var cases = await RegistryCases.Visible(db, scope).AsNoTracking()
            .Where(x => x.Case.CreatedAt < end && (x.Case.ClosedAt == null || x.Case.ClosedAt >= start))
            .OrderBy(x => x.Case.FileNumber).ToListAsync(cancellationToken);
        var ids = cases.Select(x => x.Case.Id).ToList();
        var ordered = await db.JudicialOrders.AsNoTracking().Where(o => ids.Contains(o.CaseId) && o.Kind == JudicialOrderKind.Initial)
            .GroupBy(o => o.CaseId).Select(g => new { g.Key, On = g.Min(o => o.IssuedOn) }).ToDictionaryAsync(g => g.Key, g => g.On, cancellationToken);
        var risks = (await db.RiskAssessments.AsNoTracking().Where(r => ids.Contains(r.CaseId))
                .Select(r => new { r.CaseId, r.InstrumentCode, r.InstrumentVersion, r.FinalLevel, r.AssessedOn, r.RecordedAt }).ToListAsync(cancellationToken))
            .GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.AssessedOn).ThenBy(r => r.RecordedAt).Last());
        var measures = (await db.ProtectionMeasures.AsNoTracking().Where(m => ids.Contains(m.CaseId)).ToListAsync(cancellationToken)).ToLookup(m => m.CaseId);
        var devices = await db.DeviceAssignments.AsNoTracking().Where(a => ids.Contains(a.CaseId))
            .GroupBy(a => a.CaseId).Select(g => new { g.Key, Count = g.Count(), Since = g.Min(a => a.AssignedAt) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var alarms = (await db.Alarms.AsNoTracking().Where(a => ids.Contains(a.CaseId) && a.RaisedAt >= start && a.RaisedAt < end)
            .Select(a => new { a.CaseId, a.Type }).ToListAsync(cancellationToken)).ToLookup(a => a.CaseId, a => a.Type.ToString());
        var dependants = (await db.Dependants.AsNoTracking().Where(d => ids.Contains(d.CaseId))
            .Select(d => new { d.CaseId, d.Id, d.Category, d.HasSupportNetwork }).ToListAsync(cancellationToken)).ToLookup(d => d.CaseId);
        var victims = scope.SeesVictimData
            ? await db.People.AsNoTracking().Where(p => ids.Contains(p.CaseId) && p.Role == PartyRole.Victim)
                .ToDictionaryAsync(p => p.CaseId, p => (p.FullName, p.DocumentNumber), cancellationToken)
            : [];
        return cases.Select(x =>
        {
            var c = x.Case;
            var risk = risks.GetValueOrDefault(c.Id);
            var device = devices.GetValueOrDefault(c.Id);
            var victim = victims.GetValueOrDefault(c.Id);
            var own = dependants[c.Id].OrderBy(d => d.Category).ThenBy(d => d.Id).ToList();
            return new MonitoredSituationRow(
                c.Id, c.FileNumber, c.Court, x.Jurisdiction, c.Status.ToString(), ordered.TryGetValue(c.Id, out var on) ? on : null,
                c.ActivatedAt, c.ClosedAt, c.Closure?.ToString(), c.PerimeterMetres,
                risk is null ? null : $"{risk.InstrumentCode} {risk.InstrumentVersion}", risk?.FinalLevel, risk?.AssessedOn,
                c.VictimConsent.ToString(),
                string.Join(" | ", measures[c.Id].OrderBy(m => m.StartsOn).ThenBy(m => m.Type).Select(m => $"{m.Type} {RegistryCells.Text(m.StartsOn)}/{RegistryCells.Text(m.EndsOn)}")),
                device?.Count ?? 0, device?.Since,
                Tally(alarms[c.Id]),
                Tally(own.Select(d => d.Category.ToString())),
                string.Join("; ", own.Select(d => $"{d.Category}: {(d.HasSupportNetwork ? "con red" : "sin red")}")),
                victim.FullName, victim.DocumentNumber);
        }).ToList();
    }

    /// <summary>"Panic: 1; Proximity: 2": each kind and how many, in the order of the kinds' names.</summary>
    private static string Tally(IEnumerable<string> kinds) =>
        string.Join("; ", kinds.GroupBy(k => k).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"));
}
