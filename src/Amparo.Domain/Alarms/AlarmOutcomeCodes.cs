namespace Amparo.Domain.Alarms;

/// <summary>The outcome codes of the API and the reports (snake case, stable); operators may not pick <c>condition_cleared</c>.</summary>
public static class AlarmOutcomeCodes
{
    private static readonly Dictionary<AlarmOutcome, string> Codes = new()
    {
        [AlarmOutcome.RealBreach] = "real_breach",
        [AlarmOutcome.PoliceDispatched] = "police_dispatched",
        [AlarmOutcome.DeviceFault] = "device_fault",
        [AlarmOutcome.FalseAlarm] = "false_alarm",
        [AlarmOutcome.Test] = "test",
        [AlarmOutcome.ConditionCleared] = "condition_cleared",
    };

    public static IReadOnlyList<AlarmOutcome> ForOperators { get; } =
        [AlarmOutcome.RealBreach, AlarmOutcome.PoliceDispatched, AlarmOutcome.DeviceFault, AlarmOutcome.FalseAlarm, AlarmOutcome.Test];

    public static string Code(AlarmOutcome outcome) => Codes[outcome];

    public static AlarmOutcome? ParseForOperator(string? code) =>
        ForOperators.Cast<AlarmOutcome?>().FirstOrDefault(o => Codes[o!.Value] == code);
}
