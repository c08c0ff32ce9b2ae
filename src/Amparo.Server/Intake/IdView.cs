namespace Amparo.Server.Intake;

/// <summary>The id of what a command made.</summary>
public sealed record IdView(Guid Id);
