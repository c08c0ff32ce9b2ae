using Amparo.Domain.Devices;

namespace Amparo.Data.Devices;

/// <summary>A device that tried to connect without being registered, listed for a technician to register or ignore.</summary>
public sealed class UnknownDevice
{
    public required string UniqueId { get; set; }

    public DeviceProtocol Protocol { get; set; }

    public string? LastAddress { get; set; }

    public DateTime FirstSeen { get; set; }

    public DateTime LastSeen { get; set; }

    public long Attempts { get; set; }
}
