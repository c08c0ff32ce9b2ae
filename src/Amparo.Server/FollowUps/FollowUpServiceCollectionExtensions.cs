using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Server.FollowUps;

public static class FollowUpServiceCollectionExtensions
{
    /// <summary>Check-in calls and police rounds by risk level, their worklist, and the reminder of reassessments due.</summary>
    public static IServiceCollection AddAmparoFollowUps(this IServiceCollection services)
    {
        services.AddOptions<FollowUpOptions>().BindConfiguration(FollowUpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<FollowUpFactsReader>();
        services.TryAddSingleton<FollowUpCommands>();
        services.TryAddSingleton<FollowUpQueries>();
        services.TryAddSingleton<ReassessmentWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<ReassessmentWatch>());
        return services;
    }
}
