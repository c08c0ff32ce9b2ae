namespace Amparo.Domain.Alarms;

/// <summary>
/// What the centre needs to know about an alarm type: its wire code, urgency, tone, and whether it is technical
/// (a device condition that, once it clears, resolves the alarm by itself, keeping the record).
/// </summary>
public sealed record AlarmTypeInfo(AlarmType Type, string Code, AlarmPriority Priority, AlarmSoundClass Sound)
{
    public bool ResolvesWhenCleared => Sound == AlarmSoundClass.Technical;

    public static AlarmTypeInfo For(AlarmType type) => type switch
    {
        AlarmType.ZoneEntry => new(type, "zone_entry", AlarmPriority.Critical, AlarmSoundClass.Breach),
        AlarmType.Proximity => new(type, "proximity", AlarmPriority.Critical, AlarmSoundClass.Breach),
        AlarmType.Panic => new(type, "panic", AlarmPriority.Critical, AlarmSoundClass.Breach),
        AlarmType.StrapTamper => new(type, "strap_tamper", AlarmPriority.Critical, AlarmSoundClass.Breach),
        AlarmType.ZonePreAlert => new(type, "zone_pre_alert", AlarmPriority.High, AlarmSoundClass.Warning),
        AlarmType.ProximityPreAlert => new(type, "proximity_pre_alert", AlarmPriority.High, AlarmSoundClass.Warning),
        AlarmType.ApproachFast => new(type, "approach_fast", AlarmPriority.High, AlarmSoundClass.Warning),
        AlarmType.CurfewBreach => new(type, "curfew_breach", AlarmPriority.High, AlarmSoundClass.Warning),
        AlarmType.RouteDeviation => new(type, "route_deviation", AlarmPriority.High, AlarmSoundClass.Warning),
        AlarmType.DeviceTamper => new(type, "device_tamper", AlarmPriority.High, AlarmSoundClass.Warning),
        AlarmType.BraceletSeparation => new(type, "bracelet_separation", AlarmPriority.High, AlarmSoundClass.Warning),
        AlarmType.VictimDeviceSilent => new(type, "victim_device_silent", AlarmPriority.High, AlarmSoundClass.Technical),
        AlarmType.PowerCut => new(type, "power_cut", AlarmPriority.Medium, AlarmSoundClass.Technical),
        AlarmType.CriticalBattery => new(type, "critical_battery", AlarmPriority.Medium, AlarmSoundClass.Technical),
        AlarmType.SignalLoss => new(type, "signal_loss", AlarmPriority.Medium, AlarmSoundClass.Technical),
        AlarmType.GpsLoss => new(type, "gps_loss", AlarmPriority.Medium, AlarmSoundClass.Technical),
        AlarmType.LowBattery => new(type, "low_battery", AlarmPriority.Low, AlarmSoundClass.Technical),
    };

    public static IReadOnlyList<AlarmTypeInfo> All { get; } = Enum.GetValues<AlarmType>().Select(For).ToArray();

    public static AlarmTypeInfo? FromCode(string code) => All.FirstOrDefault(i => i.Code == code);
}
