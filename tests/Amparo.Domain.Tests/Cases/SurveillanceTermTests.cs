using Amparo.Domain.Cases;

namespace Amparo.Domain.Tests.Cases;

public class SurveillanceTermTests
{
    private static readonly DateOnly Start = new(2026, 6, 1);
    private static readonly DateOnly End = new(2026, 12, 1);

    [Fact]
    public void The_term_is_that_of_the_surveillance_measure_not_of_the_others()
    {
        var term = SurveillanceTerm.Of([
            (ProtectionMeasureType.ProhibitionToApproach, Start, new DateOnly(2027, 6, 1)),
            (ProtectionMeasureType.ElectronicSurveillance, Start, End)]);
        Assert.Equal(new SurveillanceTerm(Start, End), term);
        Assert.Null(SurveillanceTerm.Of([(ProtectionMeasureType.ProhibitionToApproach, Start, End)]));
    }

    [Fact]
    public void An_open_ended_surveillance_never_warns_nor_lapses()
    {
        var term = SurveillanceTerm.Of([(ProtectionMeasureType.ElectronicSurveillance, Start, null)])!;
        Assert.False(term.WarningDue(new DateOnly(2030, 1, 1), null));
        Assert.False(term.Lapsed(new DateOnly(2030, 1, 1)));
    }

    [Theory]
    [InlineData(2026, 11, 20, false)]
    [InlineData(2026, 11, 21, true)]
    [InlineData(2026, 12, 1, true)]
    [InlineData(2026, 12, 2, false)]
    public void The_warning_is_due_from_ten_days_before_the_end_until_the_last_day(int year, int month, int day, bool due)
    {
        Assert.Equal(due, new SurveillanceTerm(Start, End).WarningDue(new DateOnly(year, month, day), null));
    }

    [Fact]
    public void One_warning_per_end_date_and_an_extension_makes_a_new_one_due()
    {
        var today = new DateOnly(2026, 11, 25);
        Assert.False(new SurveillanceTerm(Start, End).WarningDue(today, End));
        var extended = new SurveillanceTerm(Start, new DateOnly(2026, 12, 3));
        Assert.True(extended.WarningDue(today, End));
    }

    [Fact]
    public void It_lapses_the_day_after_its_last_day()
    {
        var term = new SurveillanceTerm(Start, End);
        Assert.False(term.Lapsed(End));
        Assert.True(term.Lapsed(End.AddDays(1)));
        Assert.Equal(-1, term.DaysLeft(End.AddDays(1)));
    }

    [Theory]
    [InlineData(CaseStatus.Active, JudicialOrderKind.Suspension, CaseStatus.Suspended)]
    [InlineData(CaseStatus.Suspended, JudicialOrderKind.Reincorporation, CaseStatus.Active)]
    [InlineData(CaseStatus.Active, JudicialOrderKind.Cessation, CaseStatus.Closed)]
    [InlineData(CaseStatus.Suspended, JudicialOrderKind.Extension, CaseStatus.Suspended)]
    [InlineData(CaseStatus.Active, JudicialOrderKind.Reincorporation, null)]
    [InlineData(CaseStatus.Ordered, JudicialOrderKind.Suspension, null)]
    [InlineData(CaseStatus.Closed, JudicialOrderKind.Extension, null)]
    [InlineData(CaseStatus.Closed, JudicialOrderKind.Cessation, null)]
    public void A_court_decision_applies_only_in_the_states_it_makes_sense(CaseStatus from, JudicialOrderKind order, CaseStatus? after)
    {
        Assert.Equal(after, CaseTransitions.After(from, order));
    }
}
