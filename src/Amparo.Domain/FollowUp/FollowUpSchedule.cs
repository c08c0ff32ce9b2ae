namespace Amparo.Domain.FollowUp;

/// <summary>
/// Which follow-ups a monitored case owes now, from its plan and what was done. The clock starts when monitoring
/// started: a case activated an hour ago owes no call yet. Rounds are counted over the trailing seven days, so a
/// week's rounds bunched on one day leave the next week short, as they should.
/// </summary>
public static class FollowUpSchedule
{
    public static readonly TimeSpan RoundWindow = TimeSpan.FromDays(7);

    public static IReadOnlyList<DueFollowUp> Due(
        FollowUpPlan plan, IEnumerable<FollowUpRecordFact> done, DateTime monitoredSince, DateTime now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(done);
        var records = done.Where(r => r.At <= now).ToList();
        var due = new List<DueFollowUp>();
        if (plan.CheckInCallEveryHours > 0)
        {
            var lastReached = records.Where(r => r.Kind == FollowUpKind.CheckInCall && r.Outcome == FollowUpOutcome.Reached)
                .Select(r => (DateTime?)r.At).Max();
            var dueAt = (lastReached is { } last && last > monitoredSince ? last : monitoredSince).AddHours(plan.CheckInCallEveryHours);
            if (dueAt <= now)
            {
                due.Add(new DueFollowUp(FollowUpDuty.CheckInCall, dueAt));
            }
        }

        if (plan.PoliceRoundsPerWeek > 0)
        {
            // In the first week only the share of the week already run is owed (3 a week: one by day three).
            var window = now - monitoredSince < RoundWindow ? now - monitoredSince : RoundWindow;
            var owed = (int)Math.Floor(plan.PoliceRoundsPerWeek * window.TotalDays / RoundWindow.TotalDays);
            var rounds = records.Count(r => r.Kind == FollowUpKind.PoliceRound && r.At > now - window);
            if (rounds < owed)
            {
                due.Add(new DueFollowUp(FollowUpDuty.PoliceRounds, now - window, owed - rounds));
            }
        }

        if (plan.ReassessOn is { } reassess && reassess <= today)
        {
            due.Add(new DueFollowUp(FollowUpDuty.Reassessment, reassess.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        }

        return due;
    }
}
