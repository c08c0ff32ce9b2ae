namespace Amparo.Server.Geocoding;

/// <summary>A place the geocoder offers for an address: its name, where it is, what it is (<c>category/type</c>) and how prominent.</summary>
public sealed record GeocodeCandidate(string Label, double Latitude, double Longitude, string? Kind, double? Importance);
