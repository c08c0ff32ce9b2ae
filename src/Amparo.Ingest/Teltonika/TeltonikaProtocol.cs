using Amparo.Domain.Devices;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.Teltonika;

public sealed class TeltonikaProtocol : ITcpDeviceProtocol
{
    public DeviceProtocol Protocol => DeviceProtocol.Teltonika;

    public int DefaultPort => 5027;

    public ITcpDeviceSession CreateSession() => new TeltonikaSession();
}
