namespace Amparo.Monitoring.Engine;

/// <summary>One grain per monitored case: its engine (zones, both parties' fixes, device health, timers) and its alarms.</summary>
public interface ICaseMonitorGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Evaluates stored messages of the case's devices in order (one, or a packet of buffered records in one call);
    /// returns how many alarms they opened or updated.
    /// </summary>
    Task<int> ObserveAsync(ObservedReport[] reports);

    /// <summary>Rebuilds the engine after the case's zones, devices or thresholds change.</summary>
    Task ReloadAsync();

    /// <summary>Activates the case (at start-up), so its timers run even if no device speaks.</summary>
    Task<DateTime?> WakeAsync();
}
