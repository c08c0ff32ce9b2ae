namespace Amparo.Server.Dispatch;

/// <summary>An operator asks for the police on an alarm: a drill or not, how wide an area, what to add.</summary>
public sealed record CreatePoliceRequest(bool Exercise, double? RadiusMetres, string? Note);
