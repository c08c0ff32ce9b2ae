namespace Amparo.Domain.Alarms;

/// <summary>new → claimed → acknowledged → resolved. An alarm is open until it is resolved.</summary>
public enum AlarmState
{
    New,
    Claimed,
    Acknowledged,
    Resolved,
}
