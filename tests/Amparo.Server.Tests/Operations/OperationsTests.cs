using System.Net;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.Operations;

[Collection(ServerCollection.Name)]
public class OperationsTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ready_means_database_silo_and_listeners_are_up(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);

        using var live = await server.Api.GetAsync("health/live");
        using var ready = await server.Api.GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_OpenAPI_document_and_the_browsable_reference_are_served(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);

        using var document = await server.Api.GetAsync("openapi/v1.json");
        using var reference = await server.Api.GetAsync("api/docs");
        var json = await ApiJson.ReadAsync(document);

        Assert.True(json.GetProperty("paths").TryGetProperty("/api/alarms", out _));
        Assert.True(json.GetProperty("paths").TryGetProperty("/api/auth/login", out _));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("<html", await reference.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_console_asks_for_a_login_and_serves_leaflet_itself(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Api.BaseAddress };

        using var home = await noRedirect.GetAsync("/");
        using var login = await server.Api.GetAsync("login");
        using var leaflet = await server.Api.GetAsync("lib/leaflet/leaflet.js");

        Assert.True(home.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, home.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Ingreso al centro de monitoreo", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, leaflet.StatusCode);
        Assert.Contains("Leaflet", await leaflet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Metrics_are_exposed_in_Prometheus_text_format(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        (await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();

        using var response = await server.Api.GetAsync("metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("amparo_ingest_frames_received", text, StringComparison.Ordinal);
        Assert.Contains("protocol=\"osmand\"", text, StringComparison.Ordinal);
        Assert.Contains("amparo_positions_committed", text, StringComparison.Ordinal);
        Assert.Contains("amparo_positions_commit_latency", text, StringComparison.Ordinal);
    }
}
