using System.Net;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.App;

/// <summary>Guessing codes is slow: a sixth enrolment attempt within a minute from one address is refused.</summary>
public class AppRateLimitTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task More_than_five_enrolment_attempts_a_minute_from_one_address_get_429(DatabaseProvider provider)
    {
        // Its own server with the deployment's limit: the shared one allows the other tests many enrolments.
        await using var server = await TestServer.StartAsync(provider, "--Amparo:App:EnrolAttemptsPerMinute=5");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            last?.Dispose();
            last = await server.Api.PostAsJsonAsync("app/api/enrol", new { code = "ABCD-EFGH", deviceName = "x" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.BadRequest, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Demasiadas", (await AppJson.ProblemAsync(last!)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(last!.Headers.RetryAfter is not null, "429 says when to try again");
        last.Dispose();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Requests_are_limited_per_installation_and_an_alert_goes_through_when_they_are_spent(DatabaseProvider provider)
    {
        await using var server = await TestServer.StartAsync(provider, "--Amparo:App:RequestsPerMinute=3");
        var test = await TestCase.CreateAsync(server);
        using var busy = await AppPhone.EnrolAsync(server, test.Id);
        using var quiet = await AppPhone.EnrolAsync(server, test.Id, "Tablet");
        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request < 4; request++)
        {
            using var response = await busy.Client.GetAsync("app/api/profile");
            statuses.Add(response.StatusCode);
        }

        // Same address, other installation: its own allowance. And a panic is never refused for haste.
        using var other = await quiet.Client.GetAsync("app/api/profile");
        using var panic = await busy.AlertAsync(Guid.NewGuid(), test.Home.Latitude, test.Home.Longitude, DateTime.UtcNow);
        var alertId = (await ApiJson.ReadAsync(panic)).GetProperty("alertId").GetGuid();
        using var followed = await busy.Client.GetAsync($"app/api/alerts/{alertId}");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.Created, panic.StatusCode);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
    }
}
