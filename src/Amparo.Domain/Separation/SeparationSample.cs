namespace Amparo.Domain.Separation;

/// <summary>How far the aggressor was from the victim at one moment, in metres.</summary>
public readonly record struct SeparationSample(DateTime At, double Metres);
