namespace Amparo.Server.FieldDevices.Acts;

/// <summary>An acta de instalación: the identifiers (IMEI or id) of the devices put on the party.</summary>
public sealed class InstallationRequest : FieldActRequest
{
    public List<string> Devices { get; init; } = [];
}
