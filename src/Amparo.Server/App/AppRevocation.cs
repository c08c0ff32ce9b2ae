using Amparo.Data.App;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Domain.Stock;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.App;

/// <summary>
/// Ends an installation: its tokens stop working at the next request. A victim's device leaves her case (the engine no
/// longer waits for its reports), with the case's timeline saying who did it and why.
/// </summary>
public static class AppRevocation
{
    /// <summary>Adds the revocation to <paramref name="db"/>'s unit of work; the caller saves it and reloads the case's monitor.</summary>
    public static async Task RevokeAsync(AmparoDbContext db, AppInstallation installation, string by, string reason, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(installation);
        installation.RevokedAt = now;
        installation.RevokedBy = by;
        installation.RevokeReason = reason;
        if (installation.CaseId is not { } caseId)
        {
            return;
        }

        var assignment = await db.DeviceAssignments.FirstOrDefaultAsync(a => a.DeviceId == installation.DeviceId && a.RemovedAt == null, cancellationToken);
        if (assignment is not null)
        {
            assignment.RemovedAt = now;
        }

        if (await db.Devices.FirstOrDefaultAsync(d => d.Id == installation.DeviceId, cancellationToken) is { } device)
        {
            device.StockStatus = StockStatus.Retired;
        }

        CaseTimeline.Record(db, caseId, CaseEventKinds.AppRevoked, by, now, reason,
            new { installationId = installation.Id, installation.DeviceName });
    }

    /// <summary>
    /// Her case's monitoring ended: every phone of hers still linked is revoked, so the app stops reporting and says it
    /// is no longer linked instead of sending alerts that would reach no one. Adds to the caller's unit of work.
    /// </summary>
    public static async Task RevokeAllOfCaseAsync(AmparoDbContext db, Guid caseId, string by, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var live = await db.AppInstallations.Where(i => i.CaseId == caseId && i.RevokedAt == null).ToListAsync(cancellationToken);
        foreach (var installation in live)
        {
            await RevokeAsync(db, installation, by, "El monitoreo del caso terminó.", now, cancellationToken);
        }
    }
}
