namespace Amparo.Server.Geocoding;

/// <summary>What the geocoder answered: the candidates (perhaps none), or why it could not be asked (its reason for the log).</summary>
public sealed record GeocodeAnswer(IReadOnlyList<GeocodeCandidate>? Candidates, string? Failure)
{
    public bool Answered => Candidates is not null;

    public static GeocodeAnswer Found(IReadOnlyList<GeocodeCandidate> candidates) => new(candidates, null);

    public static GeocodeAnswer Failed(string reason) => new(null, reason);
}
