using Amparo.Server.Cases.Replay;

namespace Amparo.Server.Cases;

public static class CaseServiceCollectionExtensions
{
    /// <summary>Reading cases (their detail, devices' health, tracks and replays) and telling a case's engine its plan changed.</summary>
    public static IServiceCollection AddAmparoCases(this IServiceCollection services)
    {
        services.AddSingleton<CaseQueries>();
        services.AddSingleton<CaseReplayReader>();
        services.AddSingleton<CaseEngineSignal>();
        return services;
    }
}
