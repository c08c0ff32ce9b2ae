namespace Amparo.Domain.Alarms;

/// <summary>
/// Each class has its own tone, so an operator never confuses a breach with a device fault
/// (Spain's Cometa used one tone for both).
/// </summary>
public enum AlarmSoundClass
{
    Breach,
    Warning,
    Technical,
}
