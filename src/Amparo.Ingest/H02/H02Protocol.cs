using Amparo.Domain.Devices;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.H02;

public sealed class H02Protocol(TimeProvider time) : ITcpDeviceProtocol
{
    public DeviceProtocol Protocol => DeviceProtocol.H02;

    public int DefaultPort => 5013;

    public ITcpDeviceSession CreateSession() => new H02Session(time);
}
