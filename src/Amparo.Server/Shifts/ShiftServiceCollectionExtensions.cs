using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Amparo.Server.Shifts;

public static class ShiftServiceCollectionExtensions
{
    public static IServiceCollection AddAmparoShifts(this IServiceCollection services)
    {
        services.AddSingleton<OperatorPresence>();
        services.AddSingleton<HandoverNotes>();
        services.AddScoped<CircuitHandler, PresenceCircuitHandler>();
        return services;
    }
}
