using Amparo.Server.FieldDevices;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Amparo.Server.App;

public static class AppServiceCollectionExtensions
{
    /// <summary>The victim's panic-button app: its own bearer scheme and data protector, its limits, its commands.</summary>
    public static IServiceCollection AddAmparoApp(this IServiceCollection services)
    {
        services.AddOptions<AppOptions>().BindConfiguration(AppOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication().AddBearerToken(AppAuth.Scheme);
        services.AddOptions<BearerTokenOptions>(AppAuth.Scheme).Configure<IDataProtectionProvider, IOptions<AppOptions>>((o, protection, app) =>
        {
            o.BearerTokenExpiration = TimeSpan.FromMinutes(app.Value.AccessTokenMinutes);
            o.BearerTokenProtector = new TicketDataFormat(protection.CreateProtector("Amparo.App", "AccessToken"));
        });
        services.AddAuthorizationBuilder().AddPolicy(AppAuth.Policy, p => p
            .AddAuthenticationSchemes(AppAuth.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(AppAuth.InstallationClaim));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AppOptions>>((limiter, app) => AppRateLimits.Configure(limiter, app.Value));
        services.PostConfigure<ProblemDetailsOptions>(AppProblemDetails.Configure);
        services.TryAddSingleton<CaseMonitorReload>();
        services.TryAddSingleton<AppTokenIssuer>();
        services.TryAddSingleton<AppProfiles>();
        services.TryAddSingleton<AppSessions>();
        services.TryAddSingleton<AppTracking>();
        services.TryAddSingleton<AppStaffCommands>();
        services.TryAddSingleton<AppAlerts>();
        services.TryAddSingleton<AppPositions>();
        services.TryAddSingleton<AppInstallationGate>();
        services.TryAddSingleton<AppCallerFilter>();
        return services;
    }
}
