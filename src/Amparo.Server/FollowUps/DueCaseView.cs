namespace Amparo.Server.FollowUps;

/// <summary>A line of the follow-up worklist: an active case that owes something now.</summary>
public sealed record DueCaseView(Guid CaseId, string FileNumber, string Court, string? RiskLevel, IReadOnlyList<DueFollowUpView> Due);
