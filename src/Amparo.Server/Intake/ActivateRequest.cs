namespace Amparo.Server.Intake;

public sealed record ActivateRequest(string? Note);
