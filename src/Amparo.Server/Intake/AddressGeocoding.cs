using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Domain.People;
using Amparo.Server.Auth;
using Amparo.Server.Geocoding;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Intake;

/// <summary>
/// Looks an address up, as recorded, on the programme's geocoder so the person placing it picks a candidate; she still
/// confirms it on the map. Open to those who confirm addresses, a victim's only to roles that read her data, and only
/// in the user's jurisdictions. Only the address text leaves the server (no name, no case); reading a victim's address
/// for it is audited as a read of her data.
/// </summary>
public sealed class AddressGeocoding(IDbContextFactory<AmparoDbContext> contexts, NominatimGeocoder geocoder, AuditLog audit)
{
    public bool Enabled => geocoder.Enabled;

    /// <param name="caseId">The case.</param>
    /// <param name="addressId">One of its live addresses.</param>
    /// <param name="scope">Who asks.</param>
    /// <param name="remoteAddress">Where from, for the audit.</param>
    /// <param name="via">Which surface asked (<c>api</c>, <c>console</c>), for the audit.</param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task<AddressLookup> LookUpAsync(Guid caseId, Guid addressId, UserScope scope, string? remoteAddress, string via, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        string text;
        PartyRole role;
        string? country;
        await using (var db = contexts.CreateDbContext())
        {
            var found = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
                .Select(c => new { c.JurisdictionId, Country = db.Jurisdictions.Where(j => j.Id == c.JurisdictionId).Select(j => j.CountryCode).FirstOrDefault() })
                .FirstOrDefaultAsync(cancellationToken);
            if (found is null || !scope.CanSee(found.JurisdictionId))
            {
                return AddressLookup.Refused(AddressLookupOutcome.NotFound);
            }

            var address = await db.CaseAddresses.AsNoTracking().Where(a => a.Id == addressId && a.CaseId == caseId && a.EndedAt == null)
                .Select(a => new { a.Role, a.Text }).FirstOrDefaultAsync(cancellationToken);
            if (address is null)
            {
                return AddressLookup.Refused(AddressLookupOutcome.NotFound);
            }

            (text, role, country) = (address.Text, address.Role, found.Country);
        }

        if (!scope.IsAny([.. AmparoRoles.IntakeRecorders, .. AmparoRoles.CoverageSurveyors]) || (role == PartyRole.Victim && !scope.SeesVictimData))
        {
            return AddressLookup.Refused(AddressLookupOutcome.Forbidden);
        }

        if (!geocoder.Enabled)
        {
            return AddressLookup.Refused(AddressLookupOutcome.NotConfigured);
        }

        if (role == PartyRole.Victim)
        {
            await audit.RecordAsync(new AuditEntry(scope.UserName, AuditActions.VictimDataRead, "victim_addresses", addressId.ToString(), caseId,
                remoteAddress, via + " geocode"), cancellationToken);
        }

        // The configuration's countries, else the case's own (a jurisdiction's ISO code).
        var countries = country?.Trim() is { Length: 2 } code && code.All(char.IsAsciiLetter) ? [code.ToLowerInvariant()] : Array.Empty<string>();
        var answer = await geocoder.SearchAsync(text, countries, cancellationToken);
        return answer.Candidates is { } candidates
            ? new AddressLookup(AddressLookupOutcome.Found, candidates)
            : AddressLookup.Refused(AddressLookupOutcome.GeocoderFailed);
    }
}
