using System.ComponentModel.DataAnnotations;
using Amparo.Server.Geocoding;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Tests.Intake;

/// <summary>The geocoder's client as the server registers it, against a Nominatim stub, and its settings' checks.</summary>
public class NominatimGeocoderTests
{
    [Fact]
    public async Task The_configured_countries_win_and_a_geocoder_that_does_not_answer_in_time_or_redirects_is_a_failure_not_an_exception()
    {
        await using var stub = new NominatimStub(FreePorts.Next());
        await stub.StartAsync();
        using var services = Services(new()
        {
            ["Amparo:Geocoding:BaseUrl"] = stub.BaseUrl, ["Amparo:Geocoding:CountryCodes"] = "PE, ar,mx", ["Amparo:Geocoding:TimeoutSeconds"] = "1",
        });
        var geocoder = services.GetRequiredService<NominatimGeocoder>();

        var found = await geocoder.SearchAsync("Av. Corrientes 1234, CABA", ["pe"], default);

        Assert.True(found.Answered);
        Assert.Equal(4, found.Candidates!.Count);
        var asked = Assert.Single(stub.Received);
        Assert.Equal("pe,ar,mx", asked.Query["countrycodes"]);
        Assert.Equal("5", asked.Query["limit"]);
        Assert.Equal("Amparo/1.0", asked.Headers["User-Agent"]);
        Assert.False(asked.Query.ContainsKey("email"));
        Assert.Equal("Av. Corrientes 1234, CABA", asked.Query["q"]);

        stub.Hold = new TaskCompletionSource();
        var late = await geocoder.SearchAsync("Av. Corrientes 1234, CABA", [], default);
        Assert.False(late.Answered);
        Assert.Contains("1 s", late.Failure, StringComparison.Ordinal);
        stub.Hold.TrySetResult();
        stub.Hold = null;

        // The address goes to the programme's server only: a redirect elsewhere is not followed.
        stub.Reply = (302, "text/plain", "");
        var redirected = await geocoder.SearchAsync("Av. Corrientes 1234, CABA", [], default);
        Assert.Equal("HTTP 302", redirected.Failure);
        Assert.Equal(3, stub.Received.Count);
    }

    [Fact]
    public void Without_a_server_geocoding_is_off_and_the_defaults_are_the_documented_ones()
    {
        using var services = Services([]);
        var options = services.GetRequiredService<IOptions<GeocodingOptions>>().Value;

        Assert.False(services.GetRequiredService<NominatimGeocoder>().Enabled);
        Assert.Equal((5, 5, "Amparo/1.0"), (options.MaxResults, options.TimeoutSeconds, options.UserAgent));
        Assert.Empty(options.CountryCodeList);
    }

    [Theory]
    [InlineData(null, null, 5, null, true)]
    [InlineData("https://nominatim.programa.gob.pe", "pe,ar,mx", 10, "centro@programa.gob.pe", true)]
    [InlineData("http://10.0.0.5:8080/nominatim/", "PE", 1, null, true)]
    [InlineData("ftp://nominatim.example", null, 5, null, false)]
    [InlineData("no es una url", null, 5, null, false)]
    [InlineData("/nominatim", null, 5, null, false)]
    [InlineData("https://nominatim.example/?key=1", null, 5, null, false)]
    [InlineData(null, "per", 5, null, false)]
    [InlineData(null, "pe;ar", 5, null, false)]
    [InlineData(null, null, 0, null, false)]
    [InlineData(null, null, 11, null, false)]
    [InlineData(null, null, 5, "no-es-correo", false)]
    public void The_settings_are_checked(string? baseUrl, string? countries, int maxResults, string? email, bool valid)
    {
        var options = new GeocodingOptions { BaseUrl = baseUrl, CountryCodes = countries, MaxResults = maxResults, Email = email };
        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    [Fact]
    public void The_server_refuses_to_start_on_a_wrong_setting()
    {
        using var services = Services(new() { ["Amparo:Geocoding:BaseUrl"] = "ftp://nominatim.example" });
        var problem = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GeocodingOptions>>().Value);
        Assert.Contains("Amparo:Geocoding:BaseUrl", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_url_keeps_the_servers_path_and_escapes_the_address()
    {
        var uri = NominatimGeocoder.SearchUri(new Uri("https://geo.programa.gob.pe/nominatim/"), " Jr. Tacna & Arica 455, Cayma ", 4, ["pe"], "centro@programa.gob.pe");

        Assert.Equal("https://geo.programa.gob.pe/nominatim/search?q=Jr.%20Tacna%20%26%20Arica%20455%2C%20Cayma&format=jsonv2&limit=4&addressdetails=0&countrycodes=pe&email=centro%40programa.gob.pe",
            uri.AbsoluteUri);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddAmparoGeocoding()
            .BuildServiceProvider();
}
