using Amparo.Data.Dispatch;
using Amparo.Data.Police;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Dispatch;

public static class DispatchServiceCollectionExtensions
{
    /// <summary>Police requests (CAP 1.2 to the 911 centre, ASAP statuses back) and police units' positions.</summary>
    public static IServiceCollection AddAmparoDispatch(this IServiceCollection services)
    {
        services.AddOptions<DispatchOptions>().BindConfiguration(DispatchOptions.Section)
            .Validate(o => o.IsValid(out _), "Amparo:Dispatch is invalid: Endpoint an absolute http(s) URL, Sender without spaces or commas, TimeoutSeconds 1–120.")
            .ValidateOnStart();
        services.AddHttpClient(CapSender.ClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<DispatchOptions>>().Value.TimeoutSeconds));
        services.TryAddSingleton<DispatchStore>();
        services.TryAddSingleton<DispatchQueries>();
        services.TryAddSingleton<PoliceUnitStore>();
        services.TryAddSingleton<AlarmPositionReader>();
        services.TryAddSingleton<CapExport>();
        services.TryAddSingleton<CapSender>();
        services.TryAddSingleton<PoliceRequestCommands>();
        services.TryAddSingleton<PoliceStatusCommands>();
        services.TryAddSingleton<PoliceRequestLookup>();
        services.TryAddSingleton<NearestPoliceUnits>();
        return services;
    }

    public static IEndpointRouteBuilder MapDispatchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPoliceRequestEndpoints();
        endpoints.MapDispatchCallbackEndpoints();
        return endpoints;
    }
}
