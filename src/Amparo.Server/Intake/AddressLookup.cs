using Amparo.Server.Geocoding;

namespace Amparo.Server.Intake;

/// <summary>How looking an address up on the geocoder ended, with the candidates when it answered.</summary>
public sealed record AddressLookup(AddressLookupOutcome Outcome, IReadOnlyList<GeocodeCandidate> Candidates)
{
    public static AddressLookup Refused(AddressLookupOutcome outcome) => new(outcome, []);
}
