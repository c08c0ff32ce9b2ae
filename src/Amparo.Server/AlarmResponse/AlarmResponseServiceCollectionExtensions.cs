using Amparo.Data.Alarms;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Server.AlarmResponse;

public static class AlarmResponseServiceCollectionExtensions
{
    /// <summary>Steps and calls recorded on alarms, and the people an operator may call.</summary>
    public static IServiceCollection AddAmparoAlarmResponse(this IServiceCollection services)
    {
        services.TryAddSingleton<AlarmResponseLog>();
        services.TryAddSingleton<CallablePartyQueries>();
        services.TryAddSingleton<AlarmResponseCommands>();
        return services;
    }
}
