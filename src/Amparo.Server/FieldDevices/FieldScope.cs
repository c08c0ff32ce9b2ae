using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Data.Institutions;
using Amparo.Server.Auth;

namespace Amparo.Server.FieldDevices;

/// <summary>
/// What of the stock and the acts a user reaches: the institutions and cases of her jurisdictions, and the devices
/// those institutions keep (a device with no custodian yet, registered before the stock existed, only nationally).
/// </summary>
public static class FieldScope
{
    public static IQueryable<Institution> Institutions(AmparoDbContext db, UserScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Jurisdictions is not { } visible)
        {
            return db.Institutions;
        }

        var list = visible.ToList();
        return db.Institutions.Where(i => list.Contains(i.JurisdictionId));
    }

    public static IQueryable<Device> Devices(AmparoDbContext db, UserScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Jurisdictions is null)
        {
            return db.Devices;
        }

        var institutions = Institutions(db, scope).Select(i => i.Id);
        return db.Devices.Where(d => d.CustodianId != null && institutions.Contains(d.CustodianId.Value));
    }

    public static IQueryable<MonitoredCase> Cases(AmparoDbContext db, UserScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Jurisdictions is not { } visible)
        {
            return db.Cases;
        }

        var list = visible.ToList();
        return db.Cases.Where(c => list.Contains(c.JurisdictionId));
    }
}
