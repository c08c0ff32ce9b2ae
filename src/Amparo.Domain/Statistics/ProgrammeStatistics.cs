using Amparo.Domain.Supervision;

namespace Amparo.Domain.Statistics;

/// <summary>Computes the programme's figures from its facts: counts over [From, To), states at To.</summary>
public static class ProgrammeStatistics
{
    public static ProgrammeReport Compute(ProgrammeFacts facts, DateTime now, TimeZoneInfo centre)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var (from, to) = (facts.From, facts.To);
        bool In(DateTime at) => at >= from && at < to;
        bool In2(DateTime? at) => at is { } value && In(value);

        var closed = facts.Cases.Where(c => In2(c.ClosedAt)).ToList();
        var cases = new CaseFigures(
            facts.Cases.Count(c => c.ActivatedAt < to && (c.ClosedAt is null || c.ClosedAt >= to)),
            facts.Cases.Count(c => In(c.CreatedAt)),
            facts.Cases.Count(c => In2(c.ActivatedAt)),
            closed.Count,
            Tally(closed.Select(c => c.Closure ?? "—")));

        var inUse = facts.Assignments.Where(a => a.AssignedAt < to && (a.RemovedAt is null || a.RemovedAt >= to)).ToList();
        var devices = new DeviceFigures(inUse.Select(a => a.DeviceId).Distinct().Count(), facts.Assignments.Count(a => In(a.AssignedAt)),
            facts.Assignments.Count(a => In2(a.RemovedAt)), Tally(inUse.DistinctBy(a => a.DeviceId).Select(a => a.Model)));

        var alarms = facts.Alarms.Where(a => In(a.RaisedAt)).ToList();
        var citizenAlerts = facts.CitizenAlerts.Where(a => In(a.RaisedAt)).ToList();
        var panic = new PanicFigures(alarms.Count(a => a.Type == "panic"), facts.AppPanics.Count(In), Tally(citizenAlerts.Select(a => a.Kind)),
            Mean(citizenAlerts.Select(a => a.ClaimedAt - a.RaisedAt)));

        var reports = facts.CitizenReports.Where(r => In(r.FiledAt)).GroupBy(r => (r.Category, r.Queue))
            .Select(g => new ReportCategoryFigures(g.Key.Category, g.Key.Queue, g.Count(), g.Count(r => r.Status == "Resolved"), g.Count(r => r.Status == "Rejected"),
                Mean(g.Where(r => r.Status == "Resolved").Select(r => r.EndedAt - r.FiledAt))))
            .OrderBy(r => r.Queue, StringComparer.Ordinal).ThenByDescending(r => r.Filed).ThenBy(r => r.Category, StringComparer.Ordinal).ToList();

        return new ProgrammeReport(from, to, cases, devices, CentreStatistics.Compute(alarms, from, to, now, centre),
            Tally(alarms.Select(a => a.Outcome ?? "open")), panic, reports, Tally(facts.Registrations.Where(r => In(r.At)).Select(r => r.Kind)));
    }

    private static SortedDictionary<string, int> Tally(IEnumerable<string> keys) =>
        new(keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static TimeSpan? Mean(IEnumerable<TimeSpan?> spans)
    {
        var values = spans.OfType<TimeSpan>().ToList();
        return values.Count == 0 ? null : TimeSpan.FromTicks((long)values.Average(v => v.Ticks));
    }
}
