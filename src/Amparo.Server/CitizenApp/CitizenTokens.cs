namespace Amparo.Server.CitizenApp;

/// <summary>What verification and refresh answer a citizen's installation: its tokens and her profile.</summary>
public sealed record CitizenTokens(string AccessToken, int ExpiresIn, string RefreshToken, Guid InstallationId, CitizenProfile Profile);
