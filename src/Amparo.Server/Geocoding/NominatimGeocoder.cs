using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Geocoding;

/// <summary>
/// Asks the configured Nominatim-compatible server's <c>/search</c> for an address as given (a typed
/// <see cref="HttpClient"/>: its timeout and User-Agent come from <see cref="GeocodingOptions"/>). Only the address text
/// and the search's own settings are sent. Whatever goes wrong (unreachable, timeout, an error status, an answer that
/// is not a JSON array) is an answer with a failure, never an exception; nor does the log ever hold the address.
/// </summary>
public sealed partial class NominatimGeocoder(HttpClient http, IOptions<GeocodingOptions> options, ILogger<NominatimGeocoder> logger)
{
    public bool Enabled => options.Value.Enabled;

    /// <param name="text">The address as recorded.</param>
    /// <param name="countryCodes">Where to search when the configuration names no countries (the case's own country).</param>
    /// <param name="cancellationToken">The caller gave up (the request ended): that cancels, it is no failure.</param>
    public async Task<GeocodeAnswer> SearchAsync(string text, IReadOnlyList<string> countryCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(countryCodes);
        var settings = options.Value;
        var root = settings.BaseUri ?? throw new InvalidOperationException("Amparo:Geocoding:BaseUrl is not configured.");
        var countries = settings.CountryCodeList.Count > 0 ? settings.CountryCodeList : countryCodes;
        using var request = new HttpRequestMessage(HttpMethod.Get, SearchUri(root, text, settings.MaxResults, countries, settings.Email));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return Failed($"HTTP {(int)response.StatusCode}");
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (NominatimResults.Parse(body, settings.MaxResults) is not { } candidates)
            {
                return Failed("the answer is not a JSON array of places");
            }

            LogAnswered(candidates.Count);
            return GeocodeAnswer.Found(candidates);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed($"no answer within {settings.TimeoutSeconds} s");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
        {
            // Unreachable, refused, cut off, an answer over the size limit or in a charset nobody knows.
            return Failed(e.Message);
        }
    }

    /// <summary><c>{root}/search?q=…&amp;format=jsonv2&amp;limit=…&amp;addressdetails=0[&amp;countrycodes=…][&amp;email=…]</c>.</summary>
    public static Uri SearchUri(Uri root, string text, int limit, IReadOnlyList<string> countryCodes, string? email)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(countryCodes);
        var query = new List<string>
        {
            "q=" + Uri.EscapeDataString(text.Trim()),
            "format=jsonv2",
            "limit=" + limit.ToString(CultureInfo.InvariantCulture),
            "addressdetails=0",
        };
        if (countryCodes.Count > 0)
        {
            query.Add("countrycodes=" + Uri.EscapeDataString(string.Join(',', countryCodes)));
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            query.Add("email=" + Uri.EscapeDataString(email.Trim()));
        }

        return new UriBuilder(root) { Path = root.AbsolutePath.TrimEnd('/') + "/search", Query = string.Join('&', query) }.Uri;
    }

    private GeocodeAnswer Failed(string reason)
    {
        LogFailed(reason);
        return GeocodeAnswer.Failed(reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Geocoder answered with {Count} candidate places")]
    private partial void LogAnswered(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Geocoder could not be asked: {Reason}")]
    private partial void LogFailed(string reason);
}
