namespace Amparo.Server.App;

public sealed record AppTokenRequest(string? RefreshToken);
