using System.Text.Json;
using Amparo.Domain.Alarms;
using Amparo.Domain.Engine;

namespace Amparo.Monitoring.Replay;

/// <summary>
/// Runs the engine over a scenario in virtual time, with no server or database: before each report the clock runs
/// through every timer due, and after the last report on to <c>endAt</c>. An alarm counts once per episode, as the
/// centre's queue shows it; fixes that only confirm an open condition are not new alarms.
/// </summary>
public static class ScenarioReplay
{
    public static IReadOnlyList<ReplayedAlarm> Run(string json)
    {
        ScenarioDocument scenario;
        try
        {
            scenario = JsonSerializer.Deserialize<ScenarioDocument>(json, ScenarioDocument.Json) ?? throw new ScenarioException("The scenario is empty.");
        }
        catch (JsonException ex)
        {
            throw new ScenarioException($"The scenario is not valid JSON: {ex.Message}");
        }

        return Run(scenario);
    }

    public static IReadOnlyList<ReplayedAlarm> Run(ScenarioDocument scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Events is null || scenario.Case?.Devices is null)
        {
            throw new ScenarioException("The scenario needs \"case\" with \"devices\", and \"events\".");
        }

        var plan = ScenarioPlan.ToPlan(scenario);
        var engine = new CaseEngine(plan);
        var alarms = new List<ReplayedAlarm>();
        foreach (var input in ScenarioPlan.ToInputs(scenario, plan))
        {
            RunTimers(engine, input.At.AddTicks(-1), plan, alarms);
            Keep(engine.Observe(input), plan, alarms);
        }

        if (scenario.EndAt is { } end)
        {
            RunTimers(engine, DateTime.SpecifyKind(end.ToUniversalTime(), DateTimeKind.Utc), plan, alarms);
        }

        return alarms;
    }

    private static void RunTimers(CaseEngine engine, DateTime until, CasePlan plan, List<ReplayedAlarm> alarms)
    {
        while (engine.NextDueAt is { } due && due <= until)
        {
            Keep(engine.Advance(due), plan, alarms);
        }
    }

    private static void Keep(EngineResult result, CasePlan plan, List<ReplayedAlarm> alarms)
    {
        foreach (var trigger in result.Raised.Where(r => !r.Repeat))
        {
            var info = AlarmTypeInfo.For(trigger.Type);
            alarms.Add(new ReplayedAlarm(trigger.At, info.Code, info.Priority.ToString().ToLowerInvariant(), plan.CaseLabel, trigger.Explanation));
        }
    }
}
