using Microsoft.Extensions.Options;

namespace Amparo.Server.Geocoding;

public static class GeocodingServiceCollectionExtensions
{
    /// <summary>Largest answer read from the geocoder: ten places are a few kilobytes.</summary>
    private const int MaxAnswerBytes = 1024 * 1024;

    /// <summary>The programme's own geocoder (<c>Amparo:Geocoding</c>), off when no server is configured.</summary>
    public static IServiceCollection AddAmparoGeocoding(this IServiceCollection services)
    {
        services.AddOptions<GeocodingOptions>().BindConfiguration(GeocodingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<NominatimGeocoder>((sp, client) =>
            {
                var settings = sp.GetRequiredService<IOptions<GeocodingOptions>>().Value;
                client.Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
                client.MaxResponseContentBufferSize = MaxAnswerBytes;
                client.DefaultRequestHeaders.UserAgent.Clear();
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", settings.UserAgent);
            })
            // The address goes to the configured server and nowhere else: a redirect is an error, not followed.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
            // The request's URL holds her address: the client's own request logs stay off.
            .RemoveAllLoggers();
        return services;
    }
}
