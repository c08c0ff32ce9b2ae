namespace Amparo.Domain.FollowUp;

/// <summary>A duty owed: since when it was due (UTC), and for rounds how many are missing in the last seven days.</summary>
public sealed record DueFollowUp(FollowUpDuty Duty, DateTime DueSince, int Missing = 1);
