using Amparo.Data.Devices;
using Amparo.Monitoring.Engine;

namespace Amparo.Server.FieldDevices;

/// <summary>
/// After an act changes a case's devices: the device directory forgets its cached bindings (the next message of a
/// device is routed to its new case at once) and the case's grain rebuilds its plan, so monitoring of a new device
/// starts and a removed one stops now. The act is already committed: a failure here is logged, and the grain
/// rebuilds anyway at its next activation.
/// </summary>
public sealed partial class CaseMonitorReload(IGrainFactory grains, DeviceDirectory directory, ILogger<CaseMonitorReload> logger)
{
    public async Task ReloadAsync(Guid caseId)
    {
        directory.Invalidate();
        try
        {
            await grains.GetGrain<ICaseMonitorGrain>(caseId).ReloadAsync();
        }
        catch (Exception ex)
        {
            LogReloadFailed(ex, caseId);
        }
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Error, Message = "The engine of case {CaseId} could not reload its devices after a field act")]
    private partial void LogReloadFailed(Exception exception, Guid caseId);
}
