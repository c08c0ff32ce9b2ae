using Amparo.Data.App;

namespace Amparo.Server.App;

/// <summary>A refresh's new tokens and the installation they are for: a victim's or a citizen's, each answered with its own profile.</summary>
public sealed record AppRefresh(string AccessToken, int ExpiresIn, string RefreshToken, AppInstallation Installation);
