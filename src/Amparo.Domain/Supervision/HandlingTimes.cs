namespace Amparo.Domain.Supervision;

/// <summary>Mean times from raised to claimed, acknowledged and resolved, over the alarms that got that far.</summary>
public sealed record HandlingTimes(TimeSpan? ToClaim, TimeSpan? ToAcknowledge, TimeSpan? ToResolve);
