using Amparo.Domain.Devices;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.Gt06;

public sealed class Gt06Protocol(TimeProvider time) : ITcpDeviceProtocol
{
    public DeviceProtocol Protocol => DeviceProtocol.Gt06;

    public int DefaultPort => 5023;

    public ITcpDeviceSession CreateSession() => new Gt06Session(time);
}
