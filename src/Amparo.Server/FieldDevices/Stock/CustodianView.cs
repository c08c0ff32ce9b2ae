using Amparo.Data.Institutions;

namespace Amparo.Server.FieldDevices.Stock;

/// <summary>An institution of the user's jurisdictions, and whether it may keep devices (and if not, why).</summary>
public sealed record CustodianView(Guid Id, string Name, InstitutionKind Kind, Guid JurisdictionId, bool Adherent, DateOnly? AdheredOn, bool MayHoldStock, string? Refusal)
{
    public static CustodianView From(Institution institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        var refusal = StockCustody.Refusal(institution);
        return new(institution.Id, institution.Name, institution.Kind, institution.JurisdictionId, institution.Adherent, institution.AdheredOn, refusal is null, refusal);
    }
}
