namespace Amparo.Domain.Devices;

public enum DeviceKind
{
    AggressorTracker,
    Bracelet,
    VictimTracker,
    Phone,
}
