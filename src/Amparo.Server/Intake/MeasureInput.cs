using Amparo.Domain.Cases;

namespace Amparo.Server.Intake;

/// <summary>One measure of the order with its own dates.</summary>
public sealed record MeasureInput(ProtectionMeasureType Type, DateOnly StartsOn, DateOnly? EndsOn, string? Details);
