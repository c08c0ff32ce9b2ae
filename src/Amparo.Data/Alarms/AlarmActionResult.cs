namespace Amparo.Data.Alarms;

public enum AlarmActionResult
{
    Done,
    NotFound,
    NotAllowedInState,
    ChangedMeanwhile,

    /// <summary>Another operator holds the alarm (<see cref="Domain.Alarms.AlarmHolder"/>).</summary>
    HeldByAnother,
}
