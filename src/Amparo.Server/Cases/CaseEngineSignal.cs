using Amparo.Monitoring.Engine;

namespace Amparo.Server.Cases;

/// <summary>Tells a case's engine its plan changed (started, stopped, zones resized): it reloads from the database.</summary>
public sealed class CaseEngineSignal(IGrainFactory grains)
{
    public Task ReloadAsync(Guid caseId) => grains.GetGrain<ICaseMonitorGrain>(caseId).ReloadAsync();
}
