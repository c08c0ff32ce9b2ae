namespace Amparo.Domain.Devices;

public enum DeviceProtocol
{
    OsmAnd,
    Gt06,
    Teltonika,
    H02,
    Watch,
}
