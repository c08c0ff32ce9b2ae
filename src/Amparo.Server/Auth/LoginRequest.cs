namespace Amparo.Server.Auth;

/// <summary>A staff sign-in: the code of her authenticator app too when she has one.</summary>
public sealed record LoginRequest(string UserName, string Password, string? TwoFactorCode = null);
