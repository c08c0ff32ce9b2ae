using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Server.Integrity;

public static class IntegrityServiceCollectionExtensions
{
    /// <summary>The integrity ledger's sealing in the background and the check of issued documents (the sealer and ledger verifier are the data layer's).</summary>
    public static IServiceCollection AddAmparoIntegrity(this IServiceCollection services)
    {
        services.AddOptions<IntegrityOptions>().BindConfiguration(IntegrityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<LedgerSealing>();
        services.TryAddSingleton<DocumentVerifier>();
        return services;
    }
}
