using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Domain.FollowUp;
using Amparo.Domain.Risk;
using Amparo.Server.Risk;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FollowUps;

/// <summary>
/// Reads the follow-up facts of many cases in a handful of queries (latest assessments, reincorporations, recent
/// follow-ups), so the worklist of a whole centre does not cost queries per case.
/// </summary>
public sealed class FollowUpFactsReader(RiskCatalog catalog)
{
    public async Task<IReadOnlyList<CaseFollowUpFacts>> ReadAsync(AmparoDbContext db, IReadOnlyList<MonitoredCase> cases, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cases);
        var ids = cases.Select(c => c.Id).ToList();
        var assessments = (await db.RiskAssessments.AsNoTracking().Where(a => ids.Contains(a.CaseId))
                .Select(a => new { a.CaseId, a.AssessedOn, a.RecordedAt, a.InstrumentCode, a.InstrumentVersion, a.CommonLevel, a.FinalLevel, a.NextDueOn })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.CaseId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAt).First());
        var policies = new Dictionary<(string, string, CommonRiskLevel), RiskLevelPolicy?>();
        foreach (var a in assessments.Values)
        {
            if (!policies.ContainsKey((a.InstrumentCode, a.InstrumentVersion, a.CommonLevel)))
            {
                var definition = await catalog.GetAsync(a.InstrumentCode, a.InstrumentVersion, cancellationToken);
                policies[(a.InstrumentCode, a.InstrumentVersion, a.CommonLevel)] = definition?.PolicyFor(a.CommonLevel);
            }
        }

        var restarts = (await db.JudicialOrders.AsNoTracking().Where(o => ids.Contains(o.CaseId) && o.Kind == JudicialOrderKind.Reincorporation)
                .Select(o => new { o.CaseId, o.RecordedAt }).ToListAsync(cancellationToken))
            .GroupBy(o => o.CaseId).ToDictionary(g => g.Key, g => g.Max(o => o.RecordedAt));

        // Far enough back for the longest call period and a week of rounds; older records change nothing.
        var longestCall = policies.Values.Select(p => p?.CheckInCallEveryHours ?? 0).DefaultIfEmpty(0).Max();
        var since = now - TimeSpan.FromHours(Math.Max(longestCall, FollowUpSchedule.RoundWindow.TotalHours)) - TimeSpan.FromDays(1);
        var records = (await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.CaseId) && f.At > since).ToListAsync(cancellationToken))
            .ToLookup(f => f.CaseId);

        return cases.Select(c =>
        {
            var latest = assessments.GetValueOrDefault(c.Id);
            var policy = latest is null ? null : policies[(latest.InstrumentCode, latest.InstrumentVersion, latest.CommonLevel)];
            var activated = c.ActivatedAt ?? c.CreatedAt;
            var monitoredSince = restarts.TryGetValue(c.Id, out var restart) && restart > activated ? restart : activated;
            return new CaseFollowUpFacts(c, latest?.CommonLevel.ToString(), FollowUpPlan.From(policy, latest?.NextDueOn), monitoredSince, records[c.Id].ToList());
        }).ToList();
    }
}
