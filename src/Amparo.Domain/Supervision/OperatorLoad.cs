namespace Amparo.Domain.Supervision;

/// <summary>One operator's share of the work: alarms claimed and resolved, and her mean time to claim.</summary>
public sealed record OperatorLoad(string Operator, int Claimed, int Resolved, TimeSpan? MeanToClaim);
