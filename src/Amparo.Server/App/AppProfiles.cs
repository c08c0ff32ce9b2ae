using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.App;

/// <summary>Her profile: her first name only, and the numbers and intervals of the deployment.</summary>
public sealed class AppProfiles(IOptions<AppOptions> options)
{
    public async Task<AppProfile> ForAsync(AmparoDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var fullName = await db.People.Where(p => p.Id == personId).Select(p => p.FullName).FirstOrDefaultAsync(cancellationToken) ?? "";
        var o = options.Value;
        return new AppProfile(FirstName(fullName), o.CentrePhone, o.Emergency, o.TrackingIntervalSeconds, o.AlertIntervalSeconds);
    }

    /// <summary>What the app calls her: the first word of her name, nothing more.</summary>
    internal static string FirstName(string fullName) =>
        fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
}
