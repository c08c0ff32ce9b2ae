namespace Amparo.Domain.Intake;

/// <summary>One reason a case is not ready, with the address it concerns and the figures that explain it.</summary>
public sealed record ActivationFinding(ActivationBlock Block, Guid? AddressId = null, string? AddressLabel = null, double? DistanceMetres = null, double? LimitMetres = null);
