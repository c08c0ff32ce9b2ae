namespace Amparo.Server.FieldDevices.Acts;

/// <summary>What is damaged or missing and its estimated cost, in an ISO 4217 currency (PEN, ARS…).</summary>
public sealed record DamageRequest(string? Description, decimal EstimatedCost, string? Currency);
