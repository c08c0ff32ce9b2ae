using Amparo.Data.App;

namespace Amparo.Server.App;

/// <summary>One phone of hers with the app, for the staff: no location.</summary>
public sealed record AppInstallationView(Guid Id, string DeviceName, DateTime EnrolledAt, DateTime? LastSeenAt, DateTime? RevokedAt)
{
    public static AppInstallationView From(AppInstallation installation)
    {
        ArgumentNullException.ThrowIfNull(installation);
        return new(installation.Id, installation.DeviceName, installation.EnrolledAt, installation.LastSeenAt, installation.RevokedAt);
    }
}
