using Amparo.Server.Cases.Replay;

namespace Amparo.Server.Cases;

public static class CaseServiceCollectionExtensions
{
    /// <summary>Reading cases: their detail, devices' health, tracks and replays.</summary>
    public static IServiceCollection AddAmparoCases(this IServiceCollection services)
    {
        services.AddSingleton<CaseQueries>();
        services.AddSingleton<CaseReplayReader>();
        return services;
    }
}
