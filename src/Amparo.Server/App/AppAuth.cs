using System.Globalization;
using System.Security.Claims;

namespace Amparo.Server.App;

/// <summary>The app's own authentication: a bearer scheme apart from the staff's, whose tokens name one installation.</summary>
public static class AppAuth
{
    public const string Scheme = "amparo.app";

    public const string Policy = "amparo.app";

    public const string InstallationClaim = "amparo.app.installation";

    /// <summary>The refresh token an access token was issued with (its generation).</summary>
    public const string GenerationClaim = "amparo.app.generation";

    public static Guid? GenerationOf(ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirst(GenerationClaim)?.Value, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static Guid? InstallationOf(ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirst(InstallationClaim)?.Value, CultureInfo.InvariantCulture, out var id) ? id : null;
}
