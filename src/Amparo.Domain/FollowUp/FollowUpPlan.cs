using Amparo.Domain.Risk;

namespace Amparo.Domain.FollowUp;

/// <summary>What the case's risk level asks: a call every so many hours, so many rounds a week, the next assessment.</summary>
public sealed record FollowUpPlan(int CheckInCallEveryHours, int PoliceRoundsPerWeek, DateOnly? ReassessOn)
{
    public static FollowUpPlan From(RiskLevelPolicy? policy, DateOnly? reassessOn) =>
        new(policy?.CheckInCallEveryHours ?? 0, policy?.PoliceRoundsPerWeek ?? 0, reassessOn);
}
