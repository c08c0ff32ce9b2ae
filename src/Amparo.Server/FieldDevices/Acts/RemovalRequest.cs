namespace Amparo.Server.FieldDevices.Acts;

/// <summary>
/// An acta de desinstalación: the devices taken off with their condition, and the institution that takes them into
/// custody (default the one that removes them; the police, per the Peruvian protocol).
/// </summary>
public sealed class RemovalRequest : FieldActRequest
{
    public List<RemovedDeviceRequest> Devices { get; init; } = [];

    public Guid? ReceivingInstitutionId { get; init; }
}
