namespace Amparo.Domain.Alarms;

/// <summary>How an alarm ended: what the operator concluded, or the engine when a technical condition cleared.</summary>
public enum AlarmOutcome
{
    RealBreach,
    PoliceDispatched,
    DeviceFault,
    FalseAlarm,
    Test,

    /// <summary>A technical condition that ended by itself (signal back, battery charged): resolved by the engine.</summary>
    ConditionCleared,
}
