using Amparo.Server.FieldDevices.Acts;
using Amparo.Server.FieldDevices.Files;
using Amparo.Server.FieldDevices.Stock;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Server.FieldDevices;

public static class FieldDevicesServiceCollectionExtensions
{
    /// <summary>Devices in the field: the stock and its movements, installation, removal and swap acts, stored files.</summary>
    public static IServiceCollection AddAmparoFieldDevices(this IServiceCollection services)
    {
        services.TryAddSingleton<StockQueries>();
        services.TryAddSingleton<StockRegistration>();
        services.TryAddSingleton<StockMovements>();
        services.TryAddSingleton<InstitutionAdhesion>();
        services.TryAddSingleton<ActQueries>();
        services.TryAddSingleton<ActCommands>();
        services.TryAddSingleton<ChargeSettlement>();
        services.TryAddSingleton<CaseMonitorReload>();
        services.TryAddSingleton<StoredFileAccess>();
        return services;
    }
}
