namespace Amparo.Domain.Alarms;

/// <summary>
/// What an alarm is about, beyond its type: the zone (home and work breached are two alarms) or the device (the
/// aggressor's and the victim's low battery are two alarms); empty for an alarm about the case as a whole.
/// </summary>
public static class AlarmSubject
{
    public static string Of(AlarmEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return Of(evidence.ZoneId ?? evidence.DeviceId);
    }

    public static string Of(Guid? zoneOrDevice) => zoneOrDevice?.ToString("N") ?? "";
}
