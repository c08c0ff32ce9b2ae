using Amparo.Server.Geocoding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Server.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>Case intake: registration from the order, addresses, the people around the case, consent, the activation check and activation.</summary>
    public static IServiceCollection AddAmparoIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IRiskLevelSource, RiskLevelSource>();
        services.TryAddSingleton<CaseRegistration>();
        services.TryAddSingleton<AddressCommands>();
        services.AddAmparoGeocoding();
        services.TryAddTransient<AddressGeocoding>();
        services.TryAddSingleton<ConsentCommands>();
        services.TryAddSingleton<OrderDocuments>();
        services.TryAddSingleton<IntakeFactsReader>();
        services.TryAddSingleton<IntakeQueries>();
        services.TryAddSingleton<CaseActivation>();
        services.TryAddSingleton<TimelineQueries>();
        services.TryAddSingleton<CasePeople.DependantCommands>();
        services.TryAddSingleton<CasePeople.VehicleCommands>();
        return services;
    }
}
