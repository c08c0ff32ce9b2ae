using System.Globalization;
using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Security;

/// <summary>The jurisdiction of the record a route names, for the access check before its handler runs.</summary>
public sealed class ResourceJurisdictions(IDbContextFactory<AmparoDbContext> contexts)
{
    /// <summary>Null when there is no such record (the handler answers its own 404) or the scope is not checked here.</summary>
    public async Task<ResourceOwner?> FindAsync(AccessScope scope, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<ResourceOwner> query = scope switch
        {
            AccessScope.Case => db.Cases.Where(c => c.Id == id).Select(c => new ResourceOwner(c.Id, c.JurisdictionId)),
            AccessScope.Alarm => from a in db.Alarms where a.Id == id join c in db.Cases on a.CaseId equals c.Id select new ResourceOwner(c.Id, c.JurisdictionId),
            AccessScope.PoliceRequest => from r in db.DispatchRequests where r.Id == id join c in db.Cases on r.CaseId equals c.Id select new ResourceOwner(c.Id, c.JurisdictionId),
            AccessScope.Notice => from n in db.Notices where n.Id == id join c in db.Cases on n.CaseId equals c.Id select new ResourceOwner(c.Id, c.JurisdictionId),
            AccessScope.Charge => from d in db.DamageCharges where d.Id == id join c in db.Cases on d.CaseId equals c.Id select new ResourceOwner(c.Id, c.JurisdictionId),
            AccessScope.CitizenAlert => db.CitizenAlerts.Where(a => a.Id == id).Select(a => new ResourceOwner(null, a.JurisdictionId)),
            AccessScope.CitizenReport => db.CitizenReports.Where(r => r.Id == id).Select(r => new ResourceOwner(null, r.JurisdictionId)),
            AccessScope.Institution => db.Institutions.Where(i => i.Id == id).Select(i => new ResourceOwner(null, i.JurisdictionId)),
            AccessScope.PeriodicReport => db.PeriodicReports.Where(r => r.Id == id).Select(r => new ResourceOwner(null, r.JurisdictionId)),
            AccessScope.Device => from d in db.Devices where d.Id == id join i in db.Institutions on d.CustodianId equals i.Id select new ResourceOwner(null, i.JurisdictionId),
            _ => Enumerable.Empty<ResourceOwner>().AsQueryable(),
        };
        var found = await query.Take(1).ToListAsync(cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The record a route names under the rule (its <see cref="AccessRule.Parameter"/>), when its scope is one resolved here.</summary>
    public static bool Names(AccessRule rule, IReadOnlyDictionary<string, object?>? routeValues, out Guid id)
    {
        ArgumentNullException.ThrowIfNull(rule);
        id = Guid.Empty;
        return Resolves(rule.Scope) && routeValues?.GetValueOrDefault(rule.Parameter) is { } value
            && Guid.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, out id);
    }

    /// <summary>Whether the scope names a record this class resolves.</summary>
    public static bool Resolves(AccessScope scope) =>
        scope is not (AccessScope.Global or AccessScope.Filtered or AccessScope.Owner);
}
