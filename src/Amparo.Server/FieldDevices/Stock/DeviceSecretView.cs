namespace Amparo.Server.FieldDevices.Stock;

/// <summary>A device's new secret, shown this once.</summary>
public sealed record DeviceSecretView(string Secret);
