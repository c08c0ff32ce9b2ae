using Amparo.Domain.Alarms;

namespace Amparo.Domain.Dispatch;

/// <summary>
/// How grave a police request is, from the alarm behind it: a breach, a panic button or a cut strap is happening now
/// and seen (Immediate, Extreme, Observed); a pre-alert or an approach is likely to become one (Immediate, Severe,
/// Likely); a device condition only may hide one (Expected, Moderate, Possible).
/// </summary>
public static class DispatchGrading
{
    public static CapGrade For(AlarmType type) => AlarmTypeInfo.For(type).Sound switch
    {
        AlarmSoundClass.Breach => new CapGrade("Immediate", "Extreme", "Observed"),
        AlarmSoundClass.Warning => new CapGrade("Immediate", "Severe", "Likely"),
        AlarmSoundClass.Technical => new CapGrade("Expected", "Moderate", "Possible"),
    };
}
