using Amparo.Data.Database;
using Amparo.Server.Auth;

namespace Amparo.Server.Registries;

/// <summary>The cases a user's registries cover: those of her jurisdictions, with their jurisdiction's name.</summary>
internal static class RegistryCases
{
    public static IQueryable<RegistryCase> Visible(AmparoDbContext db, UserScope scope)
    {
        var cases = db.Cases.AsQueryable();
        if (scope.Jurisdictions is { } visible)
        {
            var list = visible.ToList();
            cases = cases.Where(c => list.Contains(c.JurisdictionId));
        }

        return from c in cases
               join j in db.Jurisdictions on c.JurisdictionId equals j.Id
               select new RegistryCase { Case = c, Jurisdiction = j.Name };
    }
}
