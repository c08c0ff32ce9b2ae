namespace Amparo.Server.FollowUps;

/// <summary>A case's follow-up: its plan, what it owes now (only while monitoring is active) and what was done lately.</summary>
public sealed record CaseFollowUpView(
    Guid CaseId, string FileNumber, string Status, FollowUpPlanView Plan, IReadOnlyList<DueFollowUpView> Due, IReadOnlyList<FollowUpRecordView> Recent);
