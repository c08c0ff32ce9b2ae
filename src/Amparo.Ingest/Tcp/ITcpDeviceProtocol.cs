using Amparo.Domain.Devices;

namespace Amparo.Ingest.Tcp;

/// <summary>A TCP tracker protocol: its name and a fresh session per connection.</summary>
public interface ITcpDeviceProtocol
{
    DeviceProtocol Protocol { get; }

    int DefaultPort { get; }

    ITcpDeviceSession CreateSession();
}
