namespace Amparo.Domain.Alarms;

/// <summary>Lower number, more urgent; the queue sorts by priority, then by age.</summary>
public enum AlarmPriority
{
    Critical = 1,
    High = 2,
    Medium = 3,
    Low = 4,
}
