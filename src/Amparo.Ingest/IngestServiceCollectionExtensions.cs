using Amparo.Ingest.OsmAnd;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>The device listeners' options; the host maps the OsmAnd endpoint and binds the ports.</summary>
    public static IServiceCollection AddAmparoIngest(this IServiceCollection services)
    {
        services.AddOptions<OsmAndOptions>().BindConfiguration(OsmAndOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
