using Amparo.Domain.Alarms;
using Amparo.Domain.People;
using Amparo.Domain.Positions;

namespace Amparo.Domain.Monitoring;

/// <summary>
/// Turns what a device says about itself (an SOS press, a cut or removed strap, a power cut, a low battery) into an
/// alarm trigger for the centre, keeping the fix it came with and the raw frame as evidence. Evaluated for late
/// fixes too: an SOS a device buffered while out of coverage is still an SOS. A device alarm without a usable fix
/// (no GPS block, or GPS not valid) is raised all the same, located at the party's last known fix.
/// </summary>
public static class DeviceAlarmRule
{
    /// <summary>The device alarm names of the protocols (Traccar's vocabulary) that the centre acts on.</summary>
    public static AlarmType? Classify(string? deviceAlarm) => deviceAlarm switch
    {
        "sos" => AlarmType.Panic,
        "removing" or "tampering" => AlarmType.StrapTamper,
        "powerCut" or "powerOff" => AlarmType.PowerCut,
        "lowBattery" => AlarmType.LowBattery,
        _ => null,
    };

    public static AlarmTrigger? Evaluate(PartyFix fix, string? deviceAlarm, string? rawFrame)
    {
        ArgumentNullException.ThrowIfNull(fix);
        return Trigger(fix.Role, fix, fixIsLastKnown: false, deviceAlarm, rawFrame);
    }

    /// <summary>A device alarm without a usable fix, located at the party's last valid fix if there is one.</summary>
    public static AlarmTrigger? EvaluateWithoutFix(PartyRole role, PartyFix? lastKnown, string? deviceAlarm, string? rawFrame) =>
        Trigger(role, lastKnown, fixIsLastKnown: true, deviceAlarm, rawFrame);

    private static AlarmTrigger? Trigger(PartyRole role, PartyFix? fix, bool fixIsLastKnown, string? deviceAlarm, string? rawFrame)
    {
        if (Classify(deviceAlarm) is not { } type)
        {
            return null;
        }

        var at = fix is null ? null : new FixEvidence(fix.DeviceId, fix.FixTime, fix.Point.Latitude, fix.Point.Longitude, fix.AccuracyMetres);
        var evidence = new AlarmEvidence(
            Rule: "device_alarm", RadiusMetres: 0, PreAlertBandMetres: 0, DistanceMetres: 0,
            Aggressor: role == PartyRole.Aggressor ? at : null,
            Victim: role == PartyRole.Victim ? at : null,
            ZoneId: null, ZoneName: null, DeviceAlarm: deviceAlarm, RawFrame: rawFrame,
            RaisedBy: role, FixIsLastKnown: fixIsLastKnown);
        return new AlarmTrigger(type, evidence);
    }
}
