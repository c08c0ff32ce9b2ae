namespace Amparo.Server.Users;

/// <summary>A password an administrator sets (a forgotten one): every session of the account ends.</summary>
public sealed record PasswordRequest(string? Password);
