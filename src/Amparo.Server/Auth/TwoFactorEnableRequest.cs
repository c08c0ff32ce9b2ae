namespace Amparo.Server.Auth;

/// <summary>Turns the second factor on: her password again and the code her app shows for the key just set up.</summary>
public sealed record TwoFactorEnableRequest(string UserName, string Password, string Code);
