using Amparo.Data.Alarms;

namespace Amparo.Server.Alarms;

public sealed record AlarmCommandResult(AlarmActionResult Result, AlarmView? Alarm);
