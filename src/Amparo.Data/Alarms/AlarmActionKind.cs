namespace Amparo.Data.Alarms;

public enum AlarmActionKind
{
    Claimed,
    Acknowledged,
    Resolved,
    Note,
}
