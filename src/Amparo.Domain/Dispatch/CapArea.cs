namespace Amparo.Domain.Dispatch;

/// <summary>Where the police should go: a described circle around one position.</summary>
public sealed record CapArea(string Description, double Latitude, double Longitude, double RadiusMetres);
