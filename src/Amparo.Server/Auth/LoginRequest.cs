namespace Amparo.Server.Auth;

public sealed record LoginRequest(string UserName, string Password);
