using Amparo.Domain.FollowUp;

namespace Amparo.Server.FollowUps;

/// <summary>A check-in call or a police round, as done: when (UTC, now if absent), how it went, who did it.</summary>
public sealed record FollowUpRequest(FollowUpKind Kind, FollowUpOutcome Outcome, DateTime? At, string? Institution, string? Note);
