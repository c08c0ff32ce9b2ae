using Amparo.Server.Notices.Occurrences;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Server.Notices;

public static class NoticeServiceCollectionExtensions
{
    /// <summary>The court's notices (oficios) to the six recipients of seed 002, and the occurrences reports to the court.</summary>
    public static IServiceCollection AddAmparoNotices(this IServiceCollection services)
    {
        services.TryAddSingleton<NoticeIssuer>();
        services.TryAddSingleton<NoticeCommands>();
        services.TryAddSingleton<NoticeQueries>();
        services.TryAddSingleton<OccurrenceReports>();
        return services;
    }
}
