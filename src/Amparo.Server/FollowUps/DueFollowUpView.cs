namespace Amparo.Server.FollowUps;

/// <summary>A duty owed: CheckInCall, PoliceRounds (with how many are missing) or Reassessment, due since (UTC).</summary>
public sealed record DueFollowUpView(string Duty, DateTime DueSince, int Missing);
