namespace Amparo.Domain.Alarms;

public enum AlarmType
{
    ZoneEntry,
    ZonePreAlert,
    Proximity,
    ProximityPreAlert,
    Sos,
    StrapTamper,
    PowerCut,
    LowBattery,
}
