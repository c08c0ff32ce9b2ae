using Amparo.Domain.Devices;
using Amparo.Domain.People;

namespace Amparo.Data.Devices;

/// <summary>A registered device and, while it is installed, the case and party it watches.</summary>
public sealed record DeviceBinding(Guid DeviceId, string UniqueId, DeviceProtocol Protocol, DeviceKind Kind, Guid? CaseId, PartyRole? Role)
{
    /// <summary>SHA-256 (hex) of the device's secret, when it has one.</summary>
    public string? SecretHash { get; init; }
}
