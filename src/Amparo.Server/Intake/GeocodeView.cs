using Amparo.Server.Geocoding;

namespace Amparo.Server.Intake;

/// <summary>The places the geocoder offers for an address, best first as it ranked them; none placed yet.</summary>
public sealed record GeocodeView(IReadOnlyList<GeocodeCandidate> Candidates);
