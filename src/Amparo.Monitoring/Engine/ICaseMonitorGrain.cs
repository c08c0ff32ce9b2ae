namespace Amparo.Monitoring.Engine;

/// <summary>One grain per monitored case: its engine (zones, both parties' fixes, device health, timers) and its alarms.</summary>
public interface ICaseMonitorGrain : IGrainWithGuidKey
{
    /// <summary>Evaluates a stored message of one of the case's devices; returns how many alarms it opened or updated.</summary>
    Task<int> ObserveAsync(ObservedReport report);

    /// <summary>Rebuilds the engine after the case's zones, devices or thresholds change.</summary>
    Task ReloadAsync();

    /// <summary>Activates the case (at start-up), so its timers run even if no device speaks.</summary>
    Task<DateTime?> WakeAsync();
}
