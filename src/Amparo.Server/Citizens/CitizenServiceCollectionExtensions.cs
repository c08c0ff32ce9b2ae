using Amparo.Server.CitizenApp;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Citizens;

public static class CitizenServiceCollectionExtensions
{
    /// <summary>The municipal citizen mode (seed 003): phone registration, citizen alerts, emergency and public-service reports.</summary>
    public static IServiceCollection AddAmparoCitizens(this IServiceCollection services)
    {
        services.AddOptions<CitizenOptions>().BindConfiguration(CitizenOptions.Section)
            .Validate(o => o.IsValid(), "Amparo:Citizens is invalid: Country PE, MX or AR; SmsSignature 1–30 characters.")
            .ValidateOnStart();
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section)
            .Validate(o => o.IsValid(out _), "Amparo:Sms is invalid: GatewayUrl an absolute http(s) URL with ApiKey and ApiKeyHeader; TimeoutSeconds 1–120.")
            .ValidateOnStart();
        services.AddHttpClient(HttpSmsSender.ClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<SmsOptions>>().Value.TimeoutSeconds));
        services.TryAddSingleton<HttpSmsSender>();
        services.TryAddSingleton<OutboxSmsSender>();
        services.TryAddSingleton<ISmsSender>(sp => sp.GetRequiredService<IOptions<SmsOptions>>().Value.GatewayUri is null
            ? sp.GetRequiredService<OutboxSmsSender>()
            : sp.GetRequiredService<HttpSmsSender>());
        services.TryAddSingleton<SmsOutbox>();
        services.TryAddSingleton<CitizenJurisdiction>();
        services.TryAddSingleton<CitizenRegistration>();
        services.TryAddSingleton<CitizenFeed>();
        services.TryAddSingleton<CitizenAlertReader>();
        services.TryAddSingleton<CitizenAlerts>();
        services.TryAddSingleton<CitizenAlertDesk>();
        services.TryAddSingleton<CitizenReportReader>();
        services.TryAddSingleton<CitizenReports>();
        services.TryAddSingleton<CitizenReportDesk>();
        services.TryAddSingleton<CitizenProfiles>();
        services.TryAddSingleton<CitizenAppSessions>();
        services.TryAddSingleton<CitizenCallerFilter>();
        return services;
    }

    public static IEndpointRouteBuilder MapCitizenEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCitizenAlertEndpoints();
        endpoints.MapCitizenReportEndpoints();
        return endpoints;
    }
}
