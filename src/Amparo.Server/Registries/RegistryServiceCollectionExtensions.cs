using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Server.Registries;

public static class RegistryServiceCollectionExtensions
{
    /// <summary>The registries (monitored situations, circuits) and the circuits' registrations.</summary>
    public static IServiceCollection AddAmparoRegistries(this IServiceCollection services)
    {
        services.TryAddSingleton<MonitoredSituationReader>();
        services.TryAddSingleton<CircuitRegistryReader>();
        services.TryAddSingleton<CaseCircuitCommands>();
        return services;
    }
}
