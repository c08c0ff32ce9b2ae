using Amparo.Domain.Devices;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.Watch;

public sealed class WatchProtocol : ITcpDeviceProtocol
{
    public DeviceProtocol Protocol => DeviceProtocol.Watch;

    public int DefaultPort => 5093;

    public ITcpDeviceSession CreateSession() => new WatchSession();
}
