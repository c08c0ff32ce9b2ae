namespace Amparo.Server.Intake;

/// <summary>Where the address is, as placed on the map by the person confirming it.</summary>
public sealed record ConfirmAddressRequest(double Latitude, double Longitude);
