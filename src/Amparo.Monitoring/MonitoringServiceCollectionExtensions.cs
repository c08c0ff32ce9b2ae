using Amparo.Domain.Engine;
using Amparo.Ingest.Intake;
using Amparo.Monitoring.Cases;
using Amparo.Monitoring.Escalation;
using Amparo.Monitoring.Intake;
using Amparo.Monitoring.Startup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Monitoring;

public static class MonitoringServiceCollectionExtensions
{
    /// <summary>The deployment's default thresholds (<c>Amparo:Engine</c>); a case may set its own.</summary>
    public const string EngineSection = "Amparo:Engine";

    /// <summary>The engine's services; the host runs the Orleans silo and provides the <see cref="Feed.IMonitoringFeed"/>.</summary>
    public static IServiceCollection AddAmparoMonitoring(this IServiceCollection services)
    {
        services.AddOptions<EngineSettings>()
            .BindConfiguration(EngineSection)
            .Validate(EngineSettingsRules.AreSound, EngineSettingsRules.Message)
            .ValidateOnStart();
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<CasePlanLoader>();
        services.TryAddSingleton<CaseHistoryLoader>();
        services.TryAddSingleton<IDeviceMessageSink, PositionIntake>();
        services.AddHostedService<EscalationService>();
        services.AddHostedService<CaseActivationService>();
        return services;
    }
}
