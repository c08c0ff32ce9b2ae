namespace Amparo.Server.Integrity;

public static class IntegrityServiceCollectionExtensions
{
    /// <summary>The integrity ledger's sealing in the background (the sealer and verifier themselves are the data layer's).</summary>
    public static IServiceCollection AddAmparoIntegrity(this IServiceCollection services)
    {
        services.AddOptions<IntegrityOptions>().BindConfiguration(IntegrityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<LedgerSealing>();
        return services;
    }
}
