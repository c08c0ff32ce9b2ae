using Amparo.Data.Alarms;
using Amparo.Domain.Alarms;
using Amparo.Server.Console.Text;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>The Spanish words of the occurrences report: the console's own for alarms, police and the timeline's kinds.</summary>
internal static class OccurrenceWords
{
    /// <summary>A timeline entry's kind in the console's words, or its code if the console has none.</summary>
    public static string Kind(string code) => UiText.Es("event." + code) is var words && words != "event." + code ? words : code;

    public static string AlarmType(AlarmType type) => UiText.Es("type." + AlarmTypeInfo.For(type).Code);

    public static string Priority(AlarmPriority priority) => priority switch
    {
        AlarmPriority.Critical => "crítica",
        AlarmPriority.High => "alta",
        AlarmPriority.Medium => "media",
        AlarmPriority.Low => "baja",
        _ => priority.ToString(),
    };

    public static string State(AlarmState state) => UiText.Es("state." + state);

    public static string Outcome(AlarmOutcome outcome) => UiText.Es("outcome." + AlarmOutcomeCodes.Code(outcome));

    public static string Action(AlarmActionKind kind) => UiText.Es("action." + kind);

    /// <summary>A step's or call's result in words when the console has them ("Atendió"), else as recorded.</summary>
    public static string Result(AlarmActionKind kind, string result)
    {
        var key = kind switch
        {
            AlarmActionKind.CallAttempt => "call." + result,
            AlarmActionKind.StepRecorded => "step." + result,
            AlarmActionKind.Police => "dispatch.status." + result,
            _ => result,
        };
        return UiText.Es(key) is var words && words != key ? words : result;
    }

    public static string PoliceStatus(Domain.Dispatch.DispatchStatus status) => UiText.Es("dispatch.status." + status);
}
