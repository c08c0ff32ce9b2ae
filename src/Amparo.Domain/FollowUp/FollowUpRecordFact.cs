namespace Amparo.Domain.FollowUp;

/// <summary>A follow-up already done, as the schedule needs it.</summary>
public readonly record struct FollowUpRecordFact(FollowUpKind Kind, DateTime At, FollowUpOutcome Outcome);
