namespace Amparo.Server.App;

/// <summary>How many positions were stored now, and how many had been already (a retried batch).</summary>
public sealed record AppPositionResult(int Accepted, int Duplicates);
