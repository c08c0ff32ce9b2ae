using Amparo.Data.Citizens;

namespace Amparo.Server.Citizens;

/// <summary>A registered citizen as the app (and its token mechanism) sees her.</summary>
public sealed record CitizenAccountView(Guid Id, string Phone, string FullName, DateTime VerifiedAt, Guid JurisdictionId)
{
    public static CitizenAccountView From(CitizenAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new(account.Id, account.Phone, account.FullName, account.VerifiedAt, account.JurisdictionId);
    }
}
