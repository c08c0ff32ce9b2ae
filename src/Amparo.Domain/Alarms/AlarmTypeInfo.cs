namespace Amparo.Domain.Alarms;

/// <summary>What the centre needs to know about an alarm type: its wire code, urgency and tone.</summary>
public sealed record AlarmTypeInfo(AlarmType Type, string Code, AlarmPriority Priority, AlarmSoundClass Sound)
{
    public static AlarmTypeInfo For(AlarmType type) => type switch
    {
        AlarmType.ZoneEntry => new(type, "zone_entry", AlarmPriority.Critical, AlarmSoundClass.Breach),
        AlarmType.Proximity => new(type, "proximity", AlarmPriority.Critical, AlarmSoundClass.Breach),
        AlarmType.ZonePreAlert => new(type, "zone_pre_alert", AlarmPriority.High, AlarmSoundClass.Warning),
        AlarmType.ProximityPreAlert => new(type, "proximity_pre_alert", AlarmPriority.High, AlarmSoundClass.Warning),
        AlarmType.Sos => new(type, "sos", AlarmPriority.Critical, AlarmSoundClass.Breach),
        AlarmType.StrapTamper => new(type, "strap_tamper", AlarmPriority.Critical, AlarmSoundClass.Breach),
        AlarmType.PowerCut => new(type, "power_cut", AlarmPriority.High, AlarmSoundClass.Technical),
        AlarmType.LowBattery => new(type, "low_battery", AlarmPriority.Medium, AlarmSoundClass.Technical),
    };

    public static IReadOnlyList<AlarmTypeInfo> All { get; } = Enum.GetValues<AlarmType>().Select(For).ToArray();

    public static AlarmTypeInfo? FromCode(string code) => All.FirstOrDefault(i => i.Code == code);
}
