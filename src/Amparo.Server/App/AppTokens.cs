namespace Amparo.Server.App;

/// <summary>What enrolment and refresh answer: a short-lived access token, the next refresh token, and her profile.</summary>
public sealed record AppTokens(string AccessToken, int ExpiresIn, string RefreshToken, Guid InstallationId, AppProfile Profile);
