using System.Globalization;
using Amparo.Data.Alarms;
using Amparo.Domain.Alarms;

namespace Amparo.Server.Console.Components;

/// <summary>An alarm's one-line explanation in the operator's language, rebuilt from its evidence (stored text as a fallback).</summary>
public static class AlarmText
{
    public static string Explain(AlarmView alarm)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        return alarm.Evidence is { } evidence && AlarmTypeInfo.FromCode(alarm.Type) is { } info
            ? AlarmExplanation.Format(info.Type, evidence, CultureInfo.CurrentUICulture)
            : alarm.Explanation;
    }
}
