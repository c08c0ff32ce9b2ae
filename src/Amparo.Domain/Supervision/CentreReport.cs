namespace Amparo.Domain.Supervision;

/// <summary>The supervisor's view of a period: alarms per type and hour of the day (the centre's time), acceptance, handling times, false alarms, operator load.</summary>
public sealed record CentreReport(
    DateTime From,
    DateTime To,
    IReadOnlyDictionary<string, int[]> ByTypeAndHour,
    AcceptanceFigures Acceptance,
    HandlingTimes Times,
    IReadOnlyList<FalseAlarmShare> FalseAlarmsByType,
    IReadOnlyList<FalseAlarmShare> FalseAlarmsByModel,
    IReadOnlyList<OperatorLoad> Operators);
