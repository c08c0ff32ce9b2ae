namespace Amparo.Monitoring.Engine;

/// <summary>One grain per monitored case: both parties' last fixes, the zone state, the rules.</summary>
public interface ICaseMonitorGrain : IGrainWithGuidKey
{
    /// <summary>Evaluates a stored position, announces it if it is the newest, and returns how many alarms it opened or updated.</summary>
    Task<int> ObserveAsync(ObservedFix fix);

    /// <summary>Raises the alarm a device sent without a usable fix, located at the party's last known fix.</summary>
    Task<int> ObserveDeviceAlarmAsync(ObservedDeviceAlarm alarm);

    /// <summary>Reloads the case's zones and rules after they change.</summary>
    Task ReloadAsync();
}
