namespace Amparo.Server.Auth;

public sealed record RefreshRequest(string? RefreshToken);
