using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Server.CourtOrders;

public static class CourtOrderServiceCollectionExtensions
{
    /// <summary>The court's later decisions, the cessation interview, and the watch on terms about to end.</summary>
    public static IServiceCollection AddAmparoCourtOrders(this IServiceCollection services)
    {
        services.AddOptions<ExpiryOptions>().BindConfiguration(ExpiryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<CourtOrderCommands>();
        services.TryAddSingleton<ExpiringCases>();
        services.TryAddSingleton<CessationRequests>();
        services.TryAddSingleton<ExpiryWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<ExpiryWatch>());
        return services;
    }
}
