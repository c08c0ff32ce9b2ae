namespace Amparo.Server.FollowUps;

/// <summary>What the case's risk level asks for (0: nothing of that kind), from its latest assessment; the level is the common one (Low…Extreme).</summary>
public sealed record FollowUpPlanView(string? RiskLevel, int CheckInCallEveryHours, int PoliceRoundsPerWeek, DateOnly? ReassessOn);
