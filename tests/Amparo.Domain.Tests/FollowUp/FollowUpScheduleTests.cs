using Amparo.Domain.FollowUp;

namespace Amparo.Domain.Tests.FollowUp;

public class FollowUpScheduleTests
{
    private static readonly DateTime Activated = new(2026, 11, 1, 15, 0, 0, DateTimeKind.Utc);
    private static readonly FollowUpPlan High = new(CheckInCallEveryHours: 24, PoliceRoundsPerWeek: 3, ReassessOn: new DateOnly(2026, 11, 8));

    private static IReadOnlyList<DueFollowUp> Due(FollowUpPlan plan, DateTime now, params FollowUpRecordFact[] done) =>
        FollowUpSchedule.Due(plan, done, Activated, now, DateOnly.FromDateTime(now));

    [Fact]
    public void A_case_just_activated_owes_nothing_yet()
    {
        Assert.Empty(Due(High, Activated.AddHours(2)));
    }

    [Fact]
    public void The_first_call_is_due_a_period_after_activation()
    {
        var due = Assert.Single(Due(High, Activated.AddHours(25)), d => d.Duty == FollowUpDuty.CheckInCall);
        Assert.Equal(Activated.AddHours(24), due.DueSince);
    }

    [Fact]
    public void A_call_that_reached_her_restarts_the_period_and_an_unanswered_one_does_not()
    {
        var reached = new FollowUpRecordFact(FollowUpKind.CheckInCall, Activated.AddHours(20), FollowUpOutcome.Reached);
        Assert.DoesNotContain(Due(High, Activated.AddHours(30), reached), d => d.Duty == FollowUpDuty.CheckInCall);
        Assert.Contains(Due(High, Activated.AddHours(45), reached), d => d.Duty == FollowUpDuty.CheckInCall && d.DueSince == Activated.AddHours(44));

        var unanswered = new FollowUpRecordFact(FollowUpKind.CheckInCall, Activated.AddHours(20), FollowUpOutcome.NoAnswer);
        Assert.Contains(Due(High, Activated.AddHours(30), unanswered), d => d.Duty == FollowUpDuty.CheckInCall && d.DueSince == Activated.AddHours(24));
    }

    [Fact]
    public void In_the_first_week_only_the_elapsed_share_of_the_rounds_is_owed()
    {
        Assert.DoesNotContain(Due(High, Activated.AddDays(2)), d => d.Duty == FollowUpDuty.PoliceRounds);
        var owed = Assert.Single(Due(High, Activated.AddDays(3)), d => d.Duty == FollowUpDuty.PoliceRounds);
        Assert.Equal(1, owed.Missing);
    }

    [Fact]
    public void Rounds_are_counted_over_the_last_seven_days_whatever_their_outcome()
    {
        var now = Activated.AddDays(20);
        var rounds = new[]
        {
            new FollowUpRecordFact(FollowUpKind.PoliceRound, now.AddDays(-1), FollowUpOutcome.Done),
            new FollowUpRecordFact(FollowUpKind.PoliceRound, now.AddDays(-3), FollowUpOutcome.NobodyHome),
            new FollowUpRecordFact(FollowUpKind.PoliceRound, now.AddDays(-8), FollowUpOutcome.Done),
        };
        var short1 = Assert.Single(Due(High, now, rounds), d => d.Duty == FollowUpDuty.PoliceRounds);
        Assert.Equal(1, short1.Missing);
        Assert.DoesNotContain(Due(High, now, [.. rounds, new FollowUpRecordFact(FollowUpKind.PoliceRound, now.AddDays(-5), FollowUpOutcome.Done)]),
            d => d.Duty == FollowUpDuty.PoliceRounds);
    }

    [Fact]
    public void The_assessment_is_due_from_its_date_and_a_plan_without_figures_owes_only_that()
    {
        var plan = FollowUpPlan.From(null, new DateOnly(2026, 11, 8));
        Assert.Empty(Due(plan, new DateTime(2026, 11, 7, 23, 0, 0, DateTimeKind.Utc)));
        var due = Assert.Single(Due(plan, new DateTime(2026, 11, 8, 1, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(FollowUpDuty.Reassessment, due.Duty);
    }

    [Fact]
    public void Records_dated_after_now_do_not_count()
    {
        var future = new FollowUpRecordFact(FollowUpKind.CheckInCall, Activated.AddHours(40), FollowUpOutcome.Reached);
        Assert.Contains(Due(High, Activated.AddHours(30), future), d => d.Duty == FollowUpDuty.CheckInCall);
    }
}
