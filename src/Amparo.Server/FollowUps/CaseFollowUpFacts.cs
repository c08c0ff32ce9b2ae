using Amparo.Data.Cases;
using Amparo.Data.FollowUp;
using Amparo.Domain.FollowUp;
using Amparo.Server.Cases;

namespace Amparo.Server.FollowUps;

/// <summary>What the schedule needs of one case: its latest risk and level policy, when monitoring (re)started, what was done.</summary>
public sealed record CaseFollowUpFacts(MonitoredCase Case, string? RiskLevel, FollowUpPlan Plan, DateTime MonitoredSince, IReadOnlyList<FollowUpRecord> Records)
{
    public IReadOnlyList<DueFollowUp> Due(DateTime now) =>
        FollowUpSchedule.Due(Plan, Records.Select(r => new FollowUpRecordFact(r.Kind, r.At, r.Outcome)), MonitoredSince, now, CaseCalendar.Today(Case, now));

    public FollowUpPlanView PlanView() => new(RiskLevel, Plan.CheckInCallEveryHours, Plan.PoliceRoundsPerWeek, Plan.ReassessOn);
}
