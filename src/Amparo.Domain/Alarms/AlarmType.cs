namespace Amparo.Domain.Alarms;

/// <summary>Every alarm the engine raises. Stored by number: add new types at the end.</summary>
public enum AlarmType
{
    ZoneEntry,
    ZonePreAlert,
    Proximity,
    ProximityPreAlert,
    Panic,
    StrapTamper,
    PowerCut,
    LowBattery,
    ApproachFast,
    CurfewBreach,
    RouteDeviation,
    DeviceTamper,
    BraceletSeparation,
    CriticalBattery,
    SignalLoss,
    GpsLoss,
    VictimDeviceSilent,
}
