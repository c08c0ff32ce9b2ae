namespace Amparo.Data.Alarms;

public enum AlarmActionResult
{
    Done,
    NotFound,
    NotAllowedInState,
    ChangedMeanwhile,
}
