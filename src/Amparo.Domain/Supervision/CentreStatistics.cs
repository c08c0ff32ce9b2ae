using Amparo.Domain.Alarms;

namespace Amparo.Domain.Supervision;

/// <summary>Computes a <see cref="CentreReport"/> from the alarms raised in a period.</summary>
public static class CentreStatistics
{
    private static readonly string Cleared = AlarmOutcomeCodes.Code(AlarmOutcome.ConditionCleared);
    private static readonly string False = AlarmOutcomeCodes.Code(AlarmOutcome.FalseAlarm);
    private static readonly string DeviceFault = AlarmOutcomeCodes.Code(AlarmOutcome.DeviceFault);

    public static CentreReport Compute(IReadOnlyList<AlarmRecord> alarms, DateTime from, DateTime to, DateTime now, TimeZoneInfo centre)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        ArgumentNullException.ThrowIfNull(centre);
        var byHour = alarms.GroupBy(a => a.Type).ToDictionary(g => g.Key, g =>
        {
            var hours = new int[24];
            foreach (var alarm in g)
            {
                hours[TimeZoneInfo.ConvertTimeFromUtc(alarm.RaisedAt, centre).Hour]++;
            }

            return hours;
        });
        return new CentreReport(from, to, byHour, Acceptance(alarms, now), Times(alarms),
            Shares(alarms, a => a.Type), Shares(alarms, a => a.DeviceModel), Operators(alarms));
    }

    private static AcceptanceFigures Acceptance(IReadOnlyList<AlarmRecord> alarms, DateTime now)
    {
        // An alarm still unclaimed and younger than a limit cannot yet be judged against it: left out of that share.
        double Share(TimeSpan limit)
        {
            var judged = alarms.Where(a => a.ClaimedAt is not null || now - a.RaisedAt > limit).ToList();
            return judged.Count == 0 ? 0 : (double)judged.Count(a => a.ClaimedAt is { } c && c - a.RaisedAt <= limit) / judged.Count;
        }

        return new AcceptanceFigures(alarms.Count, alarms.Count(a => a.ClaimedAt is not null), Share(AlarmAcceptance.Target), Share(AlarmAcceptance.Limit));
    }

    private static HandlingTimes Times(IReadOnlyList<AlarmRecord> alarms) => new(
        Mean(alarms.Select(a => a.ClaimedAt - a.RaisedAt)),
        Mean(alarms.Select(a => a.AcknowledgedAt - a.RaisedAt)),
        Mean(alarms.Where(ByOperator).Select(a => a.ResolvedAt - a.RaisedAt)));

    /// <summary>Resolved by a person, not closed by the engine because its condition ended.</summary>
    private static bool ByOperator(AlarmRecord alarm) => alarm.ResolvedAt is not null && alarm.Outcome != Cleared;

    private static List<FalseAlarmShare> Shares(IReadOnlyList<AlarmRecord> alarms, Func<AlarmRecord, string> key) =>
        alarms.Where(a => a.Outcome is not null).GroupBy(key)
            .Select(g => new FalseAlarmShare(g.Key, g.Count(), g.Count(a => a.Outcome == False), g.Count(a => a.Outcome == DeviceFault)))
            .OrderByDescending(s => s.FalseShare).ThenByDescending(s => s.Resolved).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();

    private static List<OperatorLoad> Operators(IReadOnlyList<AlarmRecord> alarms)
    {
        var names = alarms.Select(a => a.ClaimedBy).Concat(alarms.Where(ByOperator).Select(a => a.ResolvedBy))
            .OfType<string>().Distinct(StringComparer.Ordinal);
        return names.Select(name => new OperatorLoad(
                name,
                alarms.Count(a => a.ClaimedBy == name),
                alarms.Count(a => ByOperator(a) && a.ResolvedBy == name),
                Mean(alarms.Where(a => a.ClaimedBy == name).Select(a => a.ClaimedAt - a.RaisedAt))))
            .OrderByDescending(o => o.Claimed).ThenBy(o => o.Operator, StringComparer.Ordinal)
            .ToList();
    }

    private static TimeSpan? Mean(IEnumerable<TimeSpan?> spans)
    {
        var values = spans.OfType<TimeSpan>().ToList();
        return values.Count == 0 ? null : TimeSpan.FromTicks((long)values.Average(v => v.Ticks));
    }
}
